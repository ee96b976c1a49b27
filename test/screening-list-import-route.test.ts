import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/store/sql/api-keys.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const PEP_FILE = new URL('../../shared/data/pep/us-congress/us-pep.ftm.json', import.meta.url).pathname;
if (!existsSync(PEP_FILE) && process.env.CI) throw new Error(`${PEP_FILE} is missing: the shared data folder must be beside the repository in CI`);

const person = (id: string, name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, schema: 'Person', datasets: ['own_watch'], properties: { name: [name], topics: ['sanction'] }, ...extra });
const file = (...lines: string[]) => lines.join('\n');

let t: TestApp;
const upload = (name: string, body: string | Buffer, query = '', key?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/screening/lists/${name}/versions${query ? `?${query}` : ''}`,
    headers: { authorization: `Bearer ${key ?? t.keyA}`, 'content-type': 'application/octet-stream' },
    payload: body,
  });

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('POST /api/v1/screening/lists/{name}/versions', () => {
  it('imports a list file under the name in the URL, audited, and the running server screens against it', async () => {
    const res = await upload('own-watch', file(person('a', 'Anna Alpha'), person('b', 'Boris Beta'), person('c', 'Carl Gamma')));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'imported', version: { source: 'own-watch', format: 'ftm', counts: { entities: 3 } } });
    const hit = await t.call('POST', '/api/v1/screening/search', { name: 'Boris Beta' });
    expect(hit.body.matches[0]).toMatchObject({ source: 'own-watch', sourceId: 'b', category: 'SANCTION', listName: 'own-watch' });
    const audit = await t.call('GET', '/api/v1/audit-log');
    expect(audit.body.entries ?? audit.body.items ?? audit.body).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'screening.list_import' })]));
    // The same bytes again change nothing.
    const again = await upload('own-watch', file(person('a', 'Anna Alpha'), person('b', 'Boris Beta'), person('c', 'Carl Gamma')));
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe('unchanged');
  });

  it('refuses a file whose every line is rejected, and one that removes more than half the list, unless allowShrink', async () => {
    const before = (await t.call('GET', '/api/v1/screening/lists')).body.lists;
    const empty = await upload('own-watch', file('{"id": "x"}', '{"schema": "Person"}', person('d', '')));
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error).toMatchObject({ code: 'LIST_IMPORT_EMPTY', message: expect.stringMatching(/stays in force.*allowShrink=true/) });
    const shrink = await upload('own-watch', file(person('a', 'Anna Alpha')));
    expect(shrink.statusCode).toBe(409);
    expect(shrink.json().error).toMatchObject({ code: 'LIST_IMPORT_SHRINK', details: { removed: 2, activeEntities: 3 } });
    expect((await t.call('GET', '/api/v1/screening/lists')).body.lists).toEqual(before);
    expect((await t.call('POST', '/api/v1/screening/search', { name: 'Boris Beta' })).body.matches).toHaveLength(1);
    const allowed = await upload('own-watch', file(person('a', 'Anna Alpha')), 'allowShrink=true');
    expect(allowed.statusCode).toBe(201);
    expect(allowed.json().version.diff).toEqual({ added: 0, removed: 2, changed: 0 });
    // A higher maxShrink lets a smaller shrink through too.
    expect((await upload('own-watch', file(person('z', 'Zed Zulu')), 'maxShrink=100')).statusCode).toBe(201);
  });

  it('is for admins only', async () => {
    const viewer = (await createApiKey(t.testDb.db, t.tenantA, 'viewer', 'viewer')).key;
    const res = await upload('own-watch', file(person('q', 'Quentin')), '', viewer);
    expect(res.statusCode).toBe(403);
  });

  it('reads a generic CSV list with a column map', async () => {
    const csv = 'Ref,Full Name,Born,Nationality,Why\nW1,Hans Gruber,1950-01-01,Germany,sanction\nW2,Karl Vreski,,Russia,pep\n';
    const res = await upload('own-csv', csv, `format=csv&map=${encodeURIComponent('id=Ref,name=Full Name,dob=Born,country=Nationality,topics=Why')}`);
    expect(res.statusCode).toBe(201);
    const karl = await t.call('POST', '/api/v1/screening/search', { name: 'Karl Vreski', lists: ['own-csv'] });
    expect(karl.body.matches[0]).toMatchObject({ sourceId: 'W2', category: 'PEP', source: 'own-csv' });
    const bad = await upload('own-csv2', csv, `map=${encodeURIComponent('name=Nope')}`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.message).toMatch(/no column "Nope"/);
  });

  it.skipIf(!existsSync(PEP_FILE))('imports the US Congress PEP file: hits say PEP, with positions held', async () => {
    const res = await upload('us-congress', readFileSync(PEP_FILE));
    expect(res.statusCode).toBe(201);
    expect(res.json().version.counts.entities).toBe(617);
    const hit = await t.call('POST', '/api/v1/screening/search', { name: 'Maria Cantwell', dateOfBirth: '1958-10-13', country: 'United States' });
    expect(hit.body.matches[0]).toMatchObject({
      source: 'us-congress', category: 'PEP', categories: ['PEP'], topics: ['role.pep'], datasets: ['us_congress'],
      positions: ['United States Senator from WA'], band: 'strong',
    });
    const sanctionsOnly = await t.call('POST', '/api/v1/screening/search', { name: 'Maria Cantwell', categories: ['SANCTION'] });
    expect(sanctionsOnly.body.matches).toEqual([]);
  });
});
