import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, snapshot } from './helpers/api-fixtures.js';
import { createTestApp, KYC_BASIC, type TestApp } from './helpers/test-app.js';

let t: TestApp;
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const body = (givenName: string) => ({ individual: { name: { givenName, familyName: 'Idem' }, dateOfBirth: '1980-01-01' } });
const instanceCount = async () => Number((await t.testDb.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM instances`)).rows[0].n);

beforeAll(async () => {
  t = await createTestApp();
  expect((await t.call('POST', '/api/v1/definitions', KYC_BASIC)).status).toBe(201);
});
afterAll(async () => t?.close());

describe('X-Request-Id', () => {
  it('echoes a given request id and stores it as the workflowResult requestId', async () => {
    const res = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', body('Rita'), { 'x-request-id': 'crm-req.0001' });
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toBe('crm-req.0001');
    expect(res.body.requestId).toBe('crm-req.0001');
    expect(res.body.workflowResult.requestId).toBe('crm-req.0001');
    const stored = await t.call('GET', `/api/v1/process-instances/${res.body.workflowResult.workflowExecutionId}`);
    expect(stored.body.workflowResult.requestId).toBe('crm-req.0001');
  });

  it('generates a ULID when none (or an unusable one) is given, on success and on error', async () => {
    const res = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', body('Gene'));
    expect(res.headers['x-request-id']).toMatch(ULID);
    expect(res.body.workflowResult.requestId).toBe(res.headers['x-request-id']);
    const unusable = await t.call('GET', '/api/v1/definitions', undefined, { 'x-request-id': 'has spaces and\ttabs' });
    expect(unusable.headers['x-request-id']).toMatch(ULID);
    const tooLong = await t.call('GET', '/api/v1/definitions', undefined, { 'x-request-id': 'x'.repeat(129) });
    expect(tooLong.headers['x-request-id']).toMatch(ULID);
    const notFound = await t.call('GET', '/api/v1/process-instances/nope', undefined, { 'x-request-id': 'err-1' });
    expect(notFound.status).toBe(404);
    expect(notFound.headers['x-request-id']).toBe('err-1');
    const unauthenticated = await t.app.inject({ method: 'GET', url: '/api/v1/definitions', headers: { 'x-request-id': 'anon-1' } });
    expect(unauthenticated.statusCode).toBe(401);
    expect(unauthenticated.headers['x-request-id']).toBe('anon-1');
  });
});

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and body, without a second instance', async () => {
    const first = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', body('Ida'), { 'idempotency-key': 'run-1' });
    expect(first.status).toBe(200);
    const count = await instanceCount();
    const again = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', body('Ida'), { 'idempotency-key': 'run-1' });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await instanceCount()).toBe(count);
  });

  it('refuses the same key with a different body or path (422) and writes nothing', async () => {
    const before = await snapshot(t);
    const other = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', body('Other'), { 'idempotency-key': 'run-1' });
    expectError(other, [422], 'different body');
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherPath = await t.call('POST', '/api/v1/individuals', body('Ida').individual, { 'idempotency-key': 'run-1' });
    expectError(otherPath, [422], 'different path');
    expect(await snapshot(t)).toEqual(before);
  });

  it('keeps keys per tenant', async () => {
    const count = await instanceCount();
    expect((await t.call('POST', '/api/v1/definitions', KYC_BASIC, {}, t.keyB)).status).toBe(201);
    const b = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', body('Ida'), { 'idempotency-key': 'run-1' }, t.keyB);
    expect(b.status).toBe(200);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(await instanceCount()).toBe(count + 1);
  });

  it('starts one instance from a token per key: the counter counts once', async () => {
    const def = (await t.call('GET', '/api/v1/definitions')).body.definitions[0];
    const token = (await t.call('POST', '/api/v1/process-tokens', { processDefnId: def.id, type: 'MULTI_USE_COUNT_LIMITED', maxCount: 5 })).body;
    const one = await t.call('POST', `/api/v1/process-tokens/${token.id}/instances`, {}, { 'idempotency-key': 'tok-1' });
    const two = await t.call('POST', `/api/v1/process-tokens/${token.id}/instances`, {}, { 'idempotency-key': 'tok-1' });
    expect(one.status).toBe(201);
    expect(two.body).toEqual(one.body);
    expect((await t.call('GET', `/api/v1/process-tokens/${token.id}`)).body.processTokenCounter).toBe(1);
    const next = await t.call('POST', `/api/v1/process-tokens/${token.id}/instances`, {}, { 'idempotency-key': 'tok-2' });
    expect(next.body.processTokenCounter).toBe(2);
  });

  it('runs concurrent requests with one key once: the other waits its turn (409) or gets the replay', async () => {
    const count = await instanceCount();
    const results = await Promise.all([1, 2, 3].map(() => t.call('POST', '/api/v1/workflows/kyc-basic/execute', body('Con'), { 'idempotency-key': 'con-1' })));
    for (const r of results) expect([200, 409], JSON.stringify(r.body)).toContain(r.status);
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.code).toBe('IDEMPOTENT_REQUEST_IN_PROGRESS');
    expect(await instanceCount()).toBe(count + 1);
  });

  it('refuses a key over 200 characters (400) and ignores keys on GET', async () => {
    expectError(await t.call('POST', '/api/v1/workflows/kyc-basic/execute', body('Long'), { 'idempotency-key': 'k'.repeat(201) }), [400], 'long key');
    const get = await t.call('GET', '/api/v1/definitions', undefined, { 'idempotency-key': 'run-1' });
    expect(get.status).toBe(200);
    expect(get.headers['idempotent-replayed']).toBeUndefined();
  });
});
