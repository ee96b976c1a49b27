import { describe, expect, it } from 'vitest';
import { parseOfacRemarks, splitRemarks } from './ofac-remarks.js';
import { parseOfacSdn } from './ofac-sdn.js';

const SDN = [
  `100,"DOE, John","individual","SDGT] [IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 12 Jan 1960; alt. DOB circa 1962; POB Tehran, Iran; nationality Iran; citizen Iraq; Passport A1234567 (Iran); National ID No. 987654 (Iran); Gender Male; a.k.a. 'JD'."`,
  `200,"ACME TRADING CO.",-0- ,"SYRIA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Registration Number 555 (Syria); a.k.a. 'AC"`,
  `300,"SEA STAR","vessel","IRAN",-0- ,"ABCD","Crude Oil Tanker",-0- ,-0- ,"Panama",-0- ,"Vessel Registration Identification IMO 9123456."`,
  `not-a-number,"BROKEN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `,
  `400,"SHORT ROW"`,
  '\x1a',
].join('\r\n');
const ALT = [
  `100,1,"aka","DOE, Johnny",-0- `,
  `100,2,"fka","SMITH, John","weak aka"`,
  `999,3,"aka","NOBODY",-0- `,
  '\x1a',
].join('\r\n');
const ADD = [`100,1,-0- ,"Tehran","Iran",-0- `, `200,2,"1 Main St","Damascus","Syria",-0- `, `200,3,-0- ,-0- ,"undetermined",-0- `, `998,4,-0- ,-0- ,"Cuba",-0- `, '\x1a'].join('\r\n');
const COMMENTS = [`200,"ME CORP'."`, `997,"orphan"`, '\x1a'].join('\r\n');

describe('parseOfacRemarks', () => {
  it('reads dates of birth, places, nationality, documents, gender and weak a.k.a.s', () => {
    const r = parseOfacRemarks(`DOB 01 Mar 1965; alt. DOB 1966; DOB 1955 to 1958; POB Giza, Egypt; nationality Syria; Passport 123 (Egypt); Gender Female; a.k.a. 'ABU X; Y'.`);
    expect(r.birthDates).toEqual(['1965-03-01', '1966', '1955', '1956', '1957', '1958']);
    expect(r.countries).toEqual(['EG', 'SY']);
    expect(r.placesOfBirth).toEqual(['Giza, Egypt']);
    expect(r.identifiers).toEqual([{ type: 'Passport', value: '123', country: 'EG' }]);
    expect(r.gender).toBe('female');
    expect(r.weakAliases).toEqual([{ name: 'ABU X; Y', kind: 'weak' }]);
  });
  it('splits at "; " and drops the final dot', () => {
    expect(splitRemarks('DOB 1960; Gender Male.')).toEqual(['DOB 1960', 'Gender Male']);
  });
});

describe('parseOfacSdn', () => {
  const result = parseOfacSdn({ sdn: SDN, alt: ALT, add: ADD, comments: COMMENTS });
  const byId = new Map(result.entities.map((e) => [e.sourceId, e]));

  it('reads primary records with type, programs and the name as listed', () => {
    expect(result.entities.map((e) => e.sourceId)).toEqual(['100', '200', '300']);
    const john = byId.get('100')!;
    expect(john.type).toBe('person');
    expect(john.programs).toEqual(['SDGT', 'IRAN']);
    expect(john.names[0]).toEqual({ name: 'DOE, John', kind: 'primary' });
    expect(byId.get('200')!.type).toBe('organization');
    expect(byId.get('300')!.type).toBe('vessel');
  });
  it('parses the remarks and adds aliases (weak where marked) and address countries', () => {
    const john = byId.get('100')!;
    expect(john.birthDates).toEqual(['1960-01-12', '1962']);
    expect(john.countries).toEqual(['IR', 'IQ']);
    expect(john.gender).toBe('male');
    expect(john.identifiers).toContainEqual({ type: 'Passport', value: 'A1234567', country: 'IR' });
    expect(john.identifiers).toContainEqual({ type: 'National ID', value: '987654', country: 'IR' });
    expect(john.names).toEqual([
      { name: 'DOE, John', kind: 'primary' },
      { name: 'JD', kind: 'weak' },
      { name: 'DOE, Johnny', kind: 'alias' },
      { name: 'SMITH, John', kind: 'weak' },
    ]);
    expect(byId.get('300')!.countries).toEqual(['PA']);
    expect(byId.get('300')!.identifiers).toEqual([{ type: 'Vessel Registration Identification', value: 'IMO 9123456' }]);
  });
  it('joins the remarks continued in sdn_comments.csv', () => {
    const acme = byId.get('200')!;
    expect(acme.names).toContainEqual({ name: 'ACME CORP', kind: 'weak' });
    expect(acme.countries).toEqual(['SY']);
  });
  it('reports malformed rows and rows naming unknown ent_nums with their line, and skips them', () => {
    const messages = result.problems.map((p) => `${p.element}:${p.line}: ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^sdn\.csv:4: ent_num "not-a-number" is not a number/));
    expect(messages).toContainEqual(expect.stringMatching(/^sdn\.csv:5: expected 12 fields, found 2/));
    expect(messages).toContainEqual(expect.stringMatching(/^alt\.csv:3: 1 rows name an ent_num that sdn\.csv lacks.*999/));
    expect(messages).toContainEqual(expect.stringMatching(/^add\.csv:4: 1 rows name an ent_num.*998/));
    expect(messages).toContainEqual(expect.stringMatching(/^sdn_comments\.csv:2: 1 rows name an ent_num.*997/));
    expect(messages).toContainEqual(expect.stringMatching(/^add\.csv:3: country "undetermined"/));
  });
  it('rejects a file that is not SDN CSV at all', () => {
    expect(() => parseOfacSdn({ sdn: 'name,type\nx,y\n' })).toThrow(/LIST_FORMAT_INVALID|not a valid OFAC SDN CSV.*--format/);
    try {
      parseOfacSdn({ sdn: '' });
    } catch (err) {
      expect((err as { code: string }).code).toBe('LIST_FORMAT_INVALID');
    }
  });
});
