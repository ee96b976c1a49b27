import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseUsCsl } from './us-csl.js';

const CSV = [
  '_id,source,entity_number,type,programs,name,title,addresses,start_date,remarks,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,ids',
  `11,Specially Designated Nationals (SDN) - Treasury Department,11,Individual,SYRIA,"DOE, Jane",,"1 Road, Damascus, SY",2012-01-01,,"DOE, J.; DOUGH, Jane",LB,1970-02-03; circa 1975,SY,,"SY, 123456, Passport; Female, Gender"`,
  `11,Capta List (CAP) - Treasury Department,11,Individual,SYRIA,"DOE, Jane",,,,,,,,,,`,
  `22,Entity List (EL) - Bureau of Industry and Security,,,,"WIDGETS LTD",,"Unit 1, Shenzhen, CN",,,,,,,,`,
  `,Entity List (EL) - Bureau of Industry and Security,,,,"NO ID LTD",,,,,,,,,,`,
].join('\n');

describe('parseUsCsl', () => {
  it('reads names, aliases, dates of birth, countries, ids and gender, merging the rows of one id', () => {
    const result = parseUsCsl(CSV);
    expect(result.entities).toHaveLength(2);
    const [jane, widgets] = result.entities;
    expect(jane).toMatchObject({
      source: 'us-csl',
      sourceId: '11',
      type: 'person',
      birthDates: ['1970-02-03', '1975'],
      countries: ['SY', 'LB'],
      gender: 'female',
      identifiers: [{ type: 'Passport', value: '123456', country: 'SY' }],
      listedAt: '2012-01-01',
    });
    expect(jane.names).toEqual([
      { name: 'DOE, Jane', kind: 'primary' },
      { name: 'DOE, J.', kind: 'alias' },
      { name: 'DOUGH, Jane', kind: 'alias' },
    ]);
    expect(jane.programs).toEqual(['Specially Designated Nationals (SDN) - Treasury Department', 'SYRIA', 'Capta List (CAP) - Treasury Department']);
    expect(widgets).toMatchObject({ sourceId: '22', type: 'unknown', countries: ['CN'] });
    expect(result.problems).toEqual([{ line: 5, message: 'row without an id: skipped' }]);
  });
  it('reads gzip by its magic bytes', () => {
    const result = parseUsCsl(new Uint8Array(gzipSync(Buffer.from(CSV))));
    expect(result.entities.map((e) => e.sourceId)).toEqual(['11', '22']);
  });
  it('rejects a CSV without the list columns, and broken gzip', () => {
    expect(() => parseUsCsl('a,b\n1,2\n')).toThrow(/id \(or _id\), name and source.*--format/);
    expect(() => parseUsCsl(new Uint8Array([0x1f, 0x8b, 1, 2, 3]))).toThrow(/gzip/);
  });
});
