import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from './helpers/api-fixtures.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let definitionId: string;
const hour = 3_600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

async function createToken(body: Record<string, unknown>) {
  const res = await t.call('POST', '/api/v1/process-tokens', { processDefnId: definitionId, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
const start = (id: string, body: unknown = {}) => t.call('POST', `/api/v1/process-tokens/${id}/instances`, body);
const instancesOf = async (tokenId: string) =>
  Number((await t.testDb.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM instances WHERE process_token_id = $1`, [tokenId])).rows[0].n);

beforeAll(async () => {
  t = await createTestApp();
  const def = await t.call('POST', '/api/v1/definitions', { format: 'json', name: 'tokened', definition: { steps: [{ type: 'DECISION' }] } });
  expect(def.status).toBe(201);
  definitionId = def.body.id;
});
afterAll(async () => t?.close());

describe('process tokens', () => {
  it('creates a token with the TrustX fields and defaults (UNLIMITED, ACTIVE)', async () => {
    const token = await createToken({ parameters: { firstName: 'Ann' } });
    expect(token).toMatchObject({ processDefnId: definitionId, type: 'UNLIMITED', status: 'ACTIVE', notBeforeDtm: null, notAfterDtm: null, maxCount: null, processTokenCounter: 0, parameters: { firstName: 'Ann' } });
    expect((await t.call('GET', `/api/v1/process-tokens/${token.id}`)).body).toEqual(token);
    const listed = await t.call('GET', '/api/v1/process-tokens');
    expect(listed.body.processTokens.map((x: any) => x.id)).toContain(token.id);
  });

  it('counts the uses of an UNLIMITED token in processTokenCounter', async () => {
    const token = await createToken({});
    for (let n = 1; n <= 3; n++) {
      const res = await start(token.id);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ processTokenId: token.id, processTokenCounter: n, status: 'PENDING' });
    }
    expect((await t.call('GET', `/api/v1/process-tokens/${token.id}`)).body.processTokenCounter).toBe(3);
  });

  it('refuses a MULTI_USE_COUNT_LIMITED token after maxCount uses (409), counting 1..maxCount', async () => {
    const token = await createToken({ type: 'MULTI_USE_COUNT_LIMITED', maxCount: 2 });
    expect((await start(token.id)).body.processTokenCounter).toBe(1);
    expect((await start(token.id)).body.processTokenCounter).toBe(2);
    const third = await start(token.id);
    expectError(third, [409], 'third use');
    expect(third.body.error).toMatchObject({ code: 'TOKEN_NOT_USABLE' });
    expect(third.body.error.message).toContain('maxCount');
    expect(await instancesOf(token.id)).toBe(2);
    const after = (await t.call('GET', `/api/v1/process-tokens/${token.id}`)).body;
    expect(after).toMatchObject({ processTokenCounter: 2, status: 'CONSUMED' });
  });

  it('lets two concurrent uses of a count-limited token through at most maxCount times', async () => {
    const token = await createToken({ type: 'MULTI_USE_COUNT_LIMITED', maxCount: 3 });
    const results = await Promise.all(Array.from({ length: 6 }, () => start(token.id)));
    expect(results.filter((r) => r.status === 201).map((r) => r.body.processTokenCounter).sort()).toEqual([1, 2, 3]);
    expect(results.filter((r) => r.status === 409)).toHaveLength(3);
    expect(await instancesOf(token.id)).toBe(3);
  });

  it('honours the time window of a MULTI_USE_TIME_LIMITED token: not before, not after', async () => {
    const future = await createToken({ type: 'MULTI_USE_TIME_LIMITED', notBeforeDtm: at(hour), notAfterDtm: at(2 * hour) });
    const early = await start(future.id);
    expectError(early, [409], 'before notBeforeDtm');
    expect(early.body.error.message).toContain('not valid before');
    const past = await createToken({ type: 'MULTI_USE_TIME_LIMITED', notBeforeDtm: at(-2 * hour), notAfterDtm: at(-hour) });
    const late = await start(past.id);
    expectError(late, [409], 'after notAfterDtm');
    expect(late.body.error.message).toContain('expired');
    const open = await createToken({ type: 'MULTI_USE_TIME_LIMITED', notAfterDtm: at(hour) });
    const ok = await start(open.id);
    expect(ok.status).toBe(201);
    // The instance expires with the token unless told otherwise.
    expect(ok.body.expiringDtm).toBe(open.notAfterDtm);
    expect(await instancesOf(future.id) + (await instancesOf(past.id))).toBe(0);
  });

  it('compares the window as instants, whatever the offsets', async () => {
    const token = await createToken({ type: 'MULTI_USE_TIME_LIMITED', notBeforeDtm: '2020-01-01T05:00:00+05:00', notAfterDtm: '2020-01-01T01:00:00Z' });
    expect(token.notBeforeDtm).toBe('2020-01-01T00:00:00.000Z');
    const backwards = await t.call('POST', '/api/v1/process-tokens', { processDefnId: definitionId, notBeforeDtm: '2030-01-01T01:00:00Z', notAfterDtm: '2030-01-01T05:00:00+05:00' });
    expectError(backwards, [400], 'window backwards across offsets');
  });

  it('refuses an INACTIVE token and accepts it again once activated', async () => {
    const token = await createToken({ status: 'INACTIVE' });
    const refused = await start(token.id);
    expectError(refused, [409], 'inactive');
    expect(refused.body.error.message).toContain('INACTIVE');
    expect((await t.call('PATCH', `/api/v1/process-tokens/${token.id}`, { status: 'ACTIVE' })).body.status).toBe('ACTIVE');
    expect((await start(token.id)).body.processTokenCounter).toBe(1);
    expect((await t.call('PATCH', `/api/v1/process-tokens/${token.id}`, { status: 'INACTIVE' })).body.status).toBe('INACTIVE');
    expectError(await start(token.id), [409], 'deactivated');
  });

  it('fills the instance from the parameters: names, email, phone, date of birth, extId from referenceID, and keeps any other', async () => {
    const parameters = { firstName: 'Zoë', lastName: "O'Neill", email: 'zoe@example.com', phoneNumber: '+44 20 7946 0000', referenceID: 'CRM-7781', dateOfBirth: '1990-02-03', nationality: 'IRL', loyaltyTier: 'gold' };
    const token = await createToken({ parameters, extId: 'token-ext' });
    const res = await start(token.id, { input: { channel: 'web' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ firstName: 'Zoë', lastName: "O'Neill", email: 'zoe@example.com', phoneNumber: '+44 20 7946 0000', dateOfBirth: '1990-02-03', nationality: 'IRL', extId: 'CRM-7781' });
    const rec = (await t.call('GET', `/api/v1/process-instances/${res.body.id}`)).body;
    expect(rec.tokenParameters).toEqual(parameters);
    expect(rec.individual.name).toMatchObject({ givenName: 'Zoë', familyName: "O'Neill" });
    // Without referenceID the token's own extId is used.
    const plain = await createToken({ parameters: { firstName: 'Ann' }, extId: 'token-ext' });
    expect((await start(plain.id)).body.extId).toBe('token-ext');
    // The name search finds instances by the token parameters, case-sensitively.
    const found = await t.call('GET', `/api/v1/process-instances?firstName=${encodeURIComponent('Zoë')}&lastName=${encodeURIComponent("O'Neill")}`);
    expect(found.body.processInstances.map((i: any) => i.id)).toEqual([res.body.id]);
  });

  it('pages the token list with nextCursor without duplicates', async () => {
    const all = (await t.call('GET', '/api/v1/process-tokens?limit=500')).body.processTokens.map((x: any) => x.id);
    expect(all.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await t.call('GET', `/api/v1/process-tokens?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.processTokens.map((x: any) => x.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });
});
