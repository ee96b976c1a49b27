import { describe, expect, it } from 'vitest';
import { parseFtm } from './ftm.js';

const line = (o: unknown) => JSON.stringify(o);
const FIXTURE = [
  line({
    id: 'NK-abc', schema: 'Person', datasets: ['us_ofac_sdn', 'eu_fsf'], first_seen: '2020-05-01T10:00:00',
    properties: { name: ['Ivan Petrov'], alias: ['Ivan Petroff'], weakAlias: ['Vanya'], birthDate: ['1970-01-02'], nationality: ['ru'], country: ['cy'], gender: ['male'], passportNumber: ['7001'], topics: ['sanction'] },
  }),
  line({ id: 'NK-def', schema: 'Company', datasets: ['gb_hmt_sanctions'], properties: { name: ['Petrov Holdings Ltd'], jurisdiction: ['gb'], incorporationDate: ['2001'] } }),
  line({ id: 'addr-1', schema: 'Address', datasets: ['us_ofac_sdn'], properties: { full: ['1 Street'] } }),
  '{not json',
  line({ id: 'NK-ghi', schema: 'Vessel', datasets: ['us_ofac_sdn'], properties: {} }),
  line({ id: 'NK-abc', schema: 'Person', datasets: ['x'], properties: { name: ['Dup'] } }),
  line({ schema: 'Person' }),
].join('\n');

describe('parseFtm', () => {
  const result = parseFtm(FIXTURE);
  it('reads persons and organisations with names, aliases, weak aliases, dates, countries and ids', () => {
    expect(result.entities).toHaveLength(2);
    expect(result.entities[0]).toEqual({
      source: 'us_ofac_sdn',
      sourceId: 'NK-abc',
      type: 'person',
      names: [
        { name: 'Ivan Petrov', kind: 'primary' },
        { name: 'Ivan Petroff', kind: 'alias' },
        { name: 'Vanya', kind: 'weak' },
      ],
      birthDates: ['1970-01-02'],
      countries: ['RU', 'CY'],
      gender: 'male',
      programs: [],
      identifiers: [{ type: 'Passport', value: '7001' }],
      listedAt: '2020-05-01',
      categories: ['SANCTION'],
      topics: ['sanction'],
      datasets: ['us_ofac_sdn', 'eu_fsf'],
    });
    // A sanctions dataset makes a target without topics a sanction.
    expect(result.entities[1]).toMatchObject({ source: 'gb_hmt_sanctions', type: 'organization', birthDates: ['2001'], countries: ['GB'], categories: ['SANCTION'] });
  });
  it('reads PEPs, their positions, and entities that are not targets', () => {
    const parsed = parseFtm([
      line({ id: 'pep-1', schema: 'Person', datasets: ['us_congress'], properties: { name: ['Maria Cantwell'], topics: ['role.pep'], position: ['United States Senator from WA'], country: ['United States'] } }),
      line({ id: 'rca-1', schema: 'Person', datasets: ['ru_rupep'], properties: { name: ['Ivan Relative'], topics: ['role.rca'] } }),
      line({ id: 'both', schema: 'Person', datasets: ['default'], properties: { name: ['Vladimir Putin'], topics: ['sanction', 'role.pep'] } }),
      line({ id: 'reg-1', schema: 'Company', target: false, datasets: ['us_ofac_sdn'], properties: { name: ['Register Record LLC'] } }),
      line({ id: 'deb-1', schema: 'Company', datasets: ['us_sam_exclusions'], properties: { name: ['Debarred Inc'], topics: ['debarment'] } }),
    ].join('\n'));
    const by = new Map(parsed.entities.map((e) => [e.sourceId, e]));
    expect(by.get('pep-1')).toMatchObject({ categories: ['PEP'], positions: ['United States Senator from WA'], countries: ['US'], topics: ['role.pep'] });
    expect(by.get('pep-1')?.target).toBeUndefined();
    expect(by.get('rca-1')?.categories).toEqual(['PEP']);
    expect(by.get('both')?.categories).toEqual(['SANCTION', 'PEP']);
    expect(by.get('reg-1')).toMatchObject({ categories: ['OTHER'], target: false });
    expect(by.get('deb-1')?.categories).toEqual(['WATCHLIST']);
  });
  it('reports bad lines with their number and skips them', () => {
    expect(result.problems.map((p) => p.line)).toEqual([4, 5, 6, 7]);
    expect(result.problems[0].message).toMatch(/not JSON/);
  });
  it('rejects a file that is not JSON lines', () => {
    expect(() => parseFtm('hello\nworld')).toThrow(/FollowTheMoney.*--format/);
  });
});
