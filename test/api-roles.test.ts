import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/store/sql/api-keys.js';
import { expectError, fill, registeredRoutes, seedTenant, snapshot, type Seeded } from './helpers/api-fixtures.js';
import { createTestApp, KYC_BASIC, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let a: Seeded;
let viewer: string;
let reviewer: string;

const PUBLIC = ['GET /api/v1/health'];
/** Writes nothing: computations a viewer may run. */
const READ_LIKE = ['POST /api/v1/documents/mrz', 'POST /api/v1/screening/search', 'POST /api/v1/screening/compare'];
/** What a reviewer may do besides reading: decide on instances, documents, matchlist entries and monitoring alerts. */
const REVIEWER_WRITES = [
  'PATCH /api/v1/process-instances/:id',
  'POST /api/v1/process-instances/:id/pause',
  'POST /api/v1/process-instances/:id/resume',
  'PATCH /api/v1/process-instances/:id/process-results/:proId',
  'PATCH /api/v1/process-instances/:id/risk-factors/:factorId',
  'POST /api/v1/process-instances/:id/documents',
  'PATCH /api/v1/process-instances/:id/documents/:docId/operator',
  'PATCH /api/v1/process-instances/:id/documents/:docId/auditor',
  'POST /api/v1/matchlists/:matchlistId/entries',
  'DELETE /api/v1/matchlists/:matchlistId/entries/:entryId',
  'PATCH /api/v1/screening/alerts/:id',
];

const params = () => ({
  id: a.instanceId, proId: a.proId, factorId: a.riskFactorId, docId: a.documentId, kind: 'portrait',
  matchlistId: a.matchlistId, entryId: a.entryId, workflowName: 'kyc-basic', name: 'au-elec-roll',
});

beforeAll(async () => {
  t = await createTestApp();
  a = await seedTenant(t, t.keyA);
  viewer = (await createApiKey(t.testDb.db, t.tenantA, 'viewer', 'viewer')).key;
  reviewer = (await createApiKey(t.testDb.db, t.tenantA, 'reviewer', 'reviewer')).key;
});
afterAll(async () => t?.close());

describe('authentication and roles', () => {
  it('answers 401 on every route but health without a key, with an unknown key, or with a malformed header', async () => {
    const before = await snapshot(t);
    for (const route of registeredRoutes(t.app)) {
      if (PUBLIC.includes(route)) continue;
      const [method, path] = route.split(' ');
      const url = fill(path, params());
      const none = await t.app.inject({ method: method as any, url, payload: method === 'GET' || method === 'DELETE' ? undefined : {} });
      expectError({ status: none.statusCode, body: none.json() }, [401], `${route} without a key`);
      expect(none.json().error.code).toBe('UNAUTHENTICATED');
      expectError(await t.call(method, url, method === 'GET' || method === 'DELETE' ? undefined : {}, {}, 'idf_not-a-key'), [401], `${route} bad key`);
      const basic = await t.app.inject({ method: method as any, url, headers: { authorization: 'Basic abc' } });
      expect(basic.statusCode, `${route} basic auth`).toBe(401);
    }
    expect(await snapshot(t)).toEqual(before);
    expect((await t.call('GET', '/api/v1/health', undefined, {}, 'idf_not-a-key')).status).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).statusCode).toBe(200);
  });

  it('accepts the key in X-Api-Key too', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/definitions', headers: { 'x-api-key': t.keyA } });
    expect(res.statusCode).toBe(200);
  });

  it('answers 403 to a viewer on every write route, and to a reviewer on admin routes, writing nothing', async () => {
    const writes = registeredRoutes(t.app).filter((r) => !r.startsWith('GET ') && !READ_LIKE.includes(r));
    expect(writes.length).toBeGreaterThan(20);
    const before = await snapshot(t);
    for (const route of writes) {
      const [method, path] = route.split(' ');
      const url = fill(path, params());
      const body = method === 'DELETE' ? undefined : {};
      const v = await t.call(method, url, body, {}, viewer);
      expectError(v, [403], `viewer ${route}`);
      expect(v.body.error.code).toBe('FORBIDDEN');
      // Unknown ids for the reviewer: a permitted route then answers 400/404, not 403, and changes nothing.
      const r = await t.call(method, fill(path, Object.fromEntries(Object.keys(params()).map((k) => [k, 'nope']))), body, {}, reviewer);
      if (REVIEWER_WRITES.includes(route)) expect(r.status, `reviewer ${route} ${JSON.stringify(r.body)}`).not.toBe(403);
      else expectError(r, [403], `reviewer ${route}`);
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it('lets a viewer read and run the read-only computations', async () => {
    for (const url of ['/api/v1/process-instances', `/api/v1/process-instances/${a.instanceId}`, '/api/v1/definitions', '/api/v1/audit-log', '/api/v1/matchlists']) {
      expect((await t.call('GET', url, undefined, {}, viewer)).status, url).toBe(200);
    }
    expect((await t.call('POST', '/api/v1/screening/compare', { name1: 'Mary Seed', name2: 'Mary Seed' }, {}, viewer)).status).toBe(200);
  });

  it('lets a reviewer override a status, naming the reviewer from X-Username', async () => {
    const res = await t.call('PATCH', `/api/v1/process-instances/${a.instanceId}`, { status: 'REVIEW' }, { 'x-username': 'rita' }, reviewer);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.reviewedBy).toBe('rita');
  });

  it('does not keep a refused (403) response under an Idempotency-Key: the admin may use the same key', async () => {
    const body = { ...KYC_BASIC, name: 'idem-403' };
    const refused = await t.call('POST', '/api/v1/definitions', body, { 'idempotency-key': 'k-403' }, viewer);
    expect(refused.status).toBe(403);
    const created = await t.call('POST', '/api/v1/definitions', body, { 'idempotency-key': 'k-403' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  });
});
