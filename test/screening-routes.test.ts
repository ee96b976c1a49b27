import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importListVersion } from '../src/screening/store/import-list-version.js';
import type { ListEntity } from '../src/screening/types.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const listed = (source: string, sourceId: string, name: string, extra: Partial<ListEntity> = {}): ListEntity => ({
  source, sourceId, type: 'person', names: [{ name, kind: 'primary' }], birthDates: [], countries: [], programs: ['TEST'], identifiers: [], ...extra,
});

let t: TestApp;
let ofacVersion: string;

beforeAll(async () => {
  t = await createTestApp();
  const ofac = await importListVersion(t.testDb.db, {
    source: 'ofac-sdn', format: 'ofac-sdn', sha256: 'a'.repeat(64), problems: [],
    entities: [listed('ofac-sdn', '100', 'PETROV, Ivan', { birthDates: ['1970-01-02'], countries: ['RU'] }), listed('ofac-sdn', '300', 'ACME TRADING LLC', { type: 'organization' })],
  });
  ofacVersion = ofac.version.id;
  await importListVersion(t.testDb.db, { source: 'un', format: 'un', sha256: 'b'.repeat(64), problems: [], entities: [listed('un', 'QDi.001', 'OMAR AL-HASSAN')] });
});
afterAll(async () => {
  await t?.close();
});

describe('screening API', () => {
  it('searches one name and answers explained matches pinned to their list version', async () => {
    const res = await t.call('POST', '/api/v1/screening/search', { name: 'Ivan Petrov', dateOfBirth: '1970-01-02', country: 'Russia' });
    expect(res.status).toBe(200);
    expect(res.body.matches).toHaveLength(1);
    expect(res.body.matches[0]).toMatchObject({
      source: 'ofac-sdn', sourceId: '100', matchedName: 'PETROV, Ivan', listVersion: ofacVersion, listName: 'OFAC Specially Designated Nationals (SDN) List',
      explanation: { summary: expect.stringMatching(/dob/) },
    });
    expect(res.body.listVersions.map((v: { source: string }) => v.source).sort()).toEqual(['ofac-sdn', 'un']);
  });

  it('limits the search to the lists named, and rejects lists not imported and bad input with a message', async () => {
    expect((await t.call('POST', '/api/v1/screening/search', { name: 'Ivan Petrov', lists: ['un'] })).body.matches).toEqual([]);
    const missing = await t.call('POST', '/api/v1/screening/search', { name: 'Ivan Petrov', lists: ['eu'] });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'LIST_NOT_LOADED', message: expect.stringMatching(/eu/) });
    const bad = await t.call('POST', '/api/v1/screening/search', { name: '', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    const country = await t.call('POST', '/api/v1/screening/search', { name: 'x', country: 'Atlantis' });
    expect(country.body.error.message).toMatch(/ISO 3166-1/);
  });

  it('compares two names', async () => {
    const same = await t.call('POST', '/api/v1/screening/compare', { name1: 'Ivan Petrov', name2: 'PETROV, Ivan' });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ match: true, score: expect.any(Number), explanation: expect.any(Object) });
    const other = await t.call('POST', '/api/v1/screening/compare', { name1: 'Ivan Petrov', name2: 'Mary Smith' });
    expect(other.body.match).toBe(false);
    expect((await t.call('POST', '/api/v1/screening/compare', { name1: 'x' })).status).toBe(400);
  });

  it('lists the imported versions', async () => {
    const res = await t.call('GET', '/api/v1/screening/lists');
    expect(res.status).toBe(200);
    expect(res.body.lists.map((l: { source: string; status: string; counts: { entities: number } }) => [l.source, l.status, l.counts.entities]).sort()).toEqual([
      ['ofac-sdn', 'active', 2],
      ['un', 'active', 1],
    ]);
  });

  it("lists the tenant's monitoring alerts", async () => {
    const res = await t.call('GET', '/api/v1/screening/alerts?status=OPEN');
    expect(res.status).toBe(200);
    expect(res.body.alerts).toEqual([]);
  });
});
