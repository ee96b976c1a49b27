import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fill, registeredRoutes, seedTenant, snapshot, type Seeded } from './helpers/api-fixtures.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let a: Seeded;
let b: Seeded;

/** A request that would succeed for tenant A, for every route that names one of A's resources. */
const VALID_BODY: Record<string, unknown> = {
  'PATCH /api/v1/process-tokens/:id': { status: 'INACTIVE' },
  'POST /api/v1/process-tokens/:id/instances': {},
  'PUT /api/v1/individuals/:id': { name: { givenName: 'Eve' } },
  'POST /api/v1/individuals/:id/workflows/:workflowName/execute': {},
  'POST /api/v1/definitions/:id/versions': { format: 'json', definition: { steps: [{ type: 'DECISION' }] } },
  'PATCH /api/v1/process-instances/:id': { status: 'COMPLETED_ENDED_ERROR', comment: 'from B' },
  'PATCH /api/v1/process-instances/:id/process-results/:proId': { manualStatus: 'FALSE_POSITIVE' },
  'PATCH /api/v1/process-instances/:id/risk-factors/:factorId': { manualOverrideScore: 99 },
  'POST /api/v1/process-instances/:id/documents': { documentType: 'Passport' },
  'PATCH /api/v1/process-instances/:id/documents/:docId/operator': { status: 'Rejected' },
  'PATCH /api/v1/process-instances/:id/documents/:docId/auditor': { status: 'Rejected' },
  'POST /api/v1/matchlists/:matchlistId/entries': { entries: [{ entryType: 'NAME', value: 'Eve' }] },
  'POST /api/v1/workflows/:workflowName/execute': { individual: { name: { givenName: 'Eve' } } },
  // Isolation with a real alert of tenant A is in screening-alerts.test.ts.
  'PATCH /api/v1/screening/alerts/:id': { resolution: 'FALSE_POSITIVE' },
  'PATCH /api/v1/users/:id': { disabled: true },
  'POST /api/v1/process-instances/:id/export': { password: 'long enough' },
  'POST /api/v1/process-instances/:id/reveal': undefined,
  'POST /api/v1/review-proposals/:id/approve': {},
  'POST /api/v1/review-proposals/:id/reject': {},
  'POST /api/v1/process-instances/:id/pause': undefined,
  'POST /api/v1/process-instances/:id/resume': undefined,
};

/** Tenant A's ids for a route's path parameters. */
function aParams(path: string): Record<string, string> {
  const id = path.includes('/definitions') ? a.definitionId
    : path.includes('/process-tokens') ? a.tokenId
    : path.includes('/individuals') ? a.individualId
    : path.includes('/webhooks') ? a.webhookId
    : path.includes('/documents') ? a.waitingInstanceId
    : path.includes('/pause') ? a.waitingInstanceId
    : a.instanceId;
  return { id, proId: a.proId, factorId: a.riskFactorId, docId: a.documentId, kind: 'portrait', matchlistId: a.matchlistId, entryId: a.entryId, workflowName: 'only-a', name: 'only-a' };
}

const aIds = () => Object.values(a);

beforeAll(async () => {
  t = await createTestApp();
  a = await seedTenant(t, t.keyA);
  b = await seedTenant(t, t.keyB, 'other@example.com');
  const onlyA = await t.call('POST', '/api/v1/definitions', { format: 'json', name: 'only-a', definition: { steps: [{ type: 'DECISION' }] } });
  expect(onlyA.status).toBe(201);
  const source = await t.call('POST', '/api/v1/kyc/sources', { name: 'only-a', format: 'csv', content: 'recordId,givenName\nA1,Ann\n' });
  expect(source.status).toBe(201);
});
afterAll(async () => t?.close());

describe('tenant isolation', () => {
  it("answers 404 to tenant B for every route naming one of tenant A's resources, and changes nothing", async () => {
    // Screening lists are shared by every tenant (official lists): a list name is no tenant's resource.
    const shared = ['POST /api/v1/screening/lists/:name/versions'];
    const withParams = registeredRoutes(t.app).filter((r) => r.includes(':') && !shared.includes(r));
    expect(withParams.length).toBeGreaterThan(20);
    const before = await snapshot(t);
    for (const route of withParams) {
      const [method, path] = route.split(' ');
      const url = fill(path, aParams(path));
      // Tenant A itself may use the route (so a 404 for B is isolation, not a bad request).
      const body = VALID_BODY[route];
      if (['POST', 'PUT', 'PATCH'].includes(method) && !(route in VALID_BODY)) throw new Error(`give ${route} a valid body in VALID_BODY`);
      const res = await t.call(method, url, body, {}, t.keyB);
      expectError(res, [404], `tenant B ${route}`);
      // The error names the id asked for, and nothing of A's data.
      expect(JSON.stringify(res.body), route).not.toMatch(/blocked@example\.com|Seed|kyc-basic/);
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it("tenant A's own requests on the same URLs succeed (the 404s above are not bad requests)", async () => {
    for (const route of ['GET /api/v1/process-instances/:id', 'GET /api/v1/definitions/:id', 'GET /api/v1/process-tokens/:id', 'GET /api/v1/individuals/:id',
      'GET /api/v1/process-instances/:id/documents/:docId', 'GET /api/v1/matchlists/:matchlistId', 'GET /api/v1/webhooks/:id/deliveries']) {
      const [method, path] = route.split(' ');
      const res = await t.call(method, fill(path, aParams(path)));
      expect(res.status, `${route} ${JSON.stringify(res.body)}`).toBe(200);
    }
  });

  it("never lists tenant A's data to tenant B", async () => {
    // The session route answers only a signed-in user (401 to a key).
    const lists = registeredRoutes(t.app).filter((r) => r.startsWith('GET ') && !r.includes(':') && r !== 'GET /api/v1/auth/session');
    for (const route of lists) {
      const path = route.slice(4);
      const res = await t.call('GET', path, undefined, {}, t.keyB);
      expect(res.status, `${route} ${JSON.stringify(res.body)}`).toBe(200);
      const text = JSON.stringify(res.body);
      for (const id of [...aIds(), t.tenantA]) expect(text, `${route} shows ${id}`).not.toContain(id);
    }
    // B does see its own data in the same lists.
    const own = await t.call('GET', '/api/v1/process-instances', undefined, {}, t.keyB);
    expect(own.body.processInstances.map((i: any) => i.id)).toContain(b.instanceId);
    const filtered = await t.call('GET', `/api/v1/process-instances?referenceId=${a.instanceId}`, undefined, {}, t.keyB);
    expect(filtered.body.processInstances).toEqual([]);
    const audit = await t.call('GET', `/api/v1/audit-log?targetId=${a.instanceId}`, undefined, {}, t.keyB);
    expect(audit.body.entries).toEqual([]);
  });

  it("cannot start a token of A's definition or execute A's workflow by name", async () => {
    const token = await t.call('POST', '/api/v1/process-tokens', { processDefnId: a.definitionId }, {}, t.keyB);
    expectError(token, [404], 'token on A definition');
    const run = await t.call('POST', '/api/v1/workflows/only-a/execute', { individual: { name: { givenName: 'Eve' } } }, {}, t.keyB);
    expectError(run, [404], 'execute A workflow');
  });

  it('keeps the same names apart: each tenant has its own kyc-basic and matchlist "fraud"', async () => {
    const defsB = await t.call('GET', '/api/v1/definitions', undefined, {}, t.keyB);
    expect(defsB.body.definitions.find((d: any) => d.name === 'kyc-basic').id).toBe(b.definitionId);
    const runB = await t.call('POST', `/api/v1/individuals/${b.individualId}/workflows/kyc-basic/execute`, {}, {}, t.keyB);
    expect(runB.status).toBe(200);
    expect(runB.body.workflowResult.workflowId).toBe(b.definitionId);
    // B's blocked email is other@example.com; A's list does not apply to B.
    expect(runB.body.workflowResult.workflowStepResults.find((s: any) => s.stepType === 'MATCHLIST').result).toBe('HIT');
    const eve = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', { individual: { name: { givenName: 'Eve' }, email: 'blocked@example.com' } }, {}, t.keyB);
    expect(eve.body.workflowResult.workflowStepResults.find((s: any) => s.stepType === 'MATCHLIST').result).toBe('CLEAR');
  });
});
