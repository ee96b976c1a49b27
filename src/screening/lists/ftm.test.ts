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
      programs: ['sanction'],
      identifiers: [{ type: 'Passport', value: '7001' }],
      listedAt: '2020-05-01',
    });
    expect(result.entities[1]).toMatchObject({ source: 'gb_hmt_sanctions', type: 'organization', birthDates: ['2001'], countries: ['GB'] });
  });
  it('reports bad lines with their number and skips them', () => {
    expect(result.problems.map((p) => p.line)).toEqual([4, 5, 6, 7]);
    expect(result.problems[0].message).toMatch(/not JSON/);
  });
  it('rejects a file that is not JSON lines', () => {
    expect(() => parseFtm('hello\nworld')).toThrow(/FollowTheMoney.*--format/);
  });
});
