import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Individual } from '../src/domain/index.js';
import { CircuitBreakers } from '../src/kyc/circuit-breaker.js';
import { queryHttpProvider } from '../src/kyc/http-provider.js';
import { kycConfigSchema } from '../src/steps/kyc/config.js';
import { kycStep } from '../src/steps/kyc/index.js';
import { stepContext } from './helpers/step-context.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';

const SECRET = 'test-provider-secret';
const MARY = { recordId: 'VX-1', givenName: 'MARY', familyName: 'TESTFOURTEEN', dateOfBirth: '1963-04-02', address: { addressLine1: '12 Smith St', locality: 'Mount Waverley', postalCode: '3149' }, govIds: [{ type: 'PASSPORT', number: 'PA1234567', country: 'AU' }] };

/** A provider implementing docs/kyc-provider.md: it checks the signature, then answers by path. */
let server: Server;
let base: string;
const hits: Record<string, number> = {};
let lastBody: unknown;
let t: TestDb;

function verified(body: string, headers: Record<string, string | string[] | undefined>): boolean {
  const ts = String(headers['x-idflow-timestamp'] ?? '');
  const sig = Buffer.from(String(headers['x-idflow-signature'] ?? ''));
  const want = Buffer.from(`v1=${createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex')}`);
  return sig.length === want.length && timingSafeEqual(sig, want) && Math.abs(Date.now() / 1000 - Number(ts)) < 300;
}

beforeAll(async () => {
  t = await createTestDb();
  process.env.KYC_TEST_SECRET = SECRET;
  process.env.KYC_WRONG_SECRET = 'not-the-secret';
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = req.url ?? '';
      hits[path] = (hits[path] ?? 0) + 1;
      const send = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (!verified(body, req.headers)) return send(401, { error: 'bad signature' });
      lastBody = JSON.parse(body);
      if (path === '/ok') return send(200, { records: [MARY] });
      if (path === '/empty') return send(200, { records: [] });
      if (path === '/flaky') return hits[path] === 1 ? send(503, { error: 'busy' }) : send(200, { records: [MARY] });
      if (path === '/slow') return void setTimeout(() => send(200, { records: [MARY] }), 3000);
      if (path === '/bad') return send(200, { rows: [] });
      return send(500, { error: 'down' });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
  await t?.close();
});

const mary: Individual = {
  entityId: 'ent-mary', entityType: 'INDIVIDUAL', name: { givenName: 'Mary', familyName: 'Testfourteen', displayName: 'MARY TESTFOURTEEN' }, dateOfBirth: '1963-04-02',
  documents: [{ type: 'PASSPORT', number: 'PA1234567', country: 'AU' }],
};
const source = (path: string, extra: Record<string, unknown> = {}) => ({ name: `vendor${path.replace('/', '-')}`, provider: 'vendor-x', url: `${base}${path}`, secretEnv: 'KYC_TEST_SECRET', timeoutMs: 300, retries: 1, ...extra });
const run = (sources: unknown[], rules: unknown = [{ ruleName: 'gov_id_only' }]) =>
  kycStep.run(stepContext(kycConfigSchema.parse({ sources, rules }), { db: t.db, stepName: 'KYC', entity: mary }));

describe('HTTP KYC provider', () => {
  it('POSTs the signed applicant and matches the records it answers like a local source, keeping its raw answer', async () => {
    const out = await run([source('/ok', { creditBureau: 'Experian' })]);
    expect(out.result).toBe('MATCH');
    expect(lastBody).toMatchObject({ source: 'vendor-ok', applicant: { givenName: 'Mary', familyName: 'Testfourteen', dateOfBirth: '1963-04-02', govIds: [{ number: 'PA1234567' }] } });
    expect(out.processResults!.map((p) => [p.objectType, p.result, p.providerResult.name, p.providerResult.reference])).toEqual([
      ['NAME', 'MATCH', 'vendor-x', 'VX-1'], ['DATE_OF_BIRTH', 'MATCH', 'vendor-x', 'VX-1'], ['GOV_ID', 'MATCH', 'vendor-x', 'VX-1'],
    ]);
    expect(out.processResults![0]!.notes).toMatchObject({ kvpKey: 'Important.CreditBureauMatch.Experian', kvpValue: 'true' });
    expect((out.stepData as { providerResponses: Record<string, unknown> }).providerResponses['vendor-ok']).toEqual({ records: [MARY] });
  });

  it('retries a 5xx with backoff and then succeeds', async () => {
    const out = await run([source('/flaky')]);
    expect(out.result).toBe('MATCH');
    expect(hits['/flaky']).toBe(2);
  });

  it('turns a timeout into PROs with state TIMEOUT and the step into ERROR, without crashing; other sources still answer', async () => {
    const out = await run([source('/slow', { retries: 0 }), source('/empty')]);
    expect(out.result).toBe('ERROR');
    const slow = out.processResults!.filter((p) => p.providerResult.source === 'vendor-slow');
    expect(slow.map((p) => [p.result, p.state])).toEqual([['ERROR', 'TIMEOUT'], ['ERROR', 'TIMEOUT'], ['ERROR', 'TIMEOUT']]);
    expect(slow[0]!.errors).toEqual([{ code: 'PROVIDER_TIMEOUT', message: expect.stringMatching(/no answer within 300 ms/) }]);
    expect(out.errors).toEqual([{ code: 'PROVIDER_TIMEOUT', message: expect.any(String) }]);
    expect(out.processResults!.filter((p) => p.providerResult.source === 'vendor-empty').every((p) => p.result === 'NO_MATCH' && p.state === undefined)).toBe(true);
    // A rule verified by the sources that answered still gives MATCH.
    const partly = await run([source('/slow', { retries: 0 }), source('/ok')]);
    expect(partly.result).toBe('MATCH');
  });

  it('reports a refused signature, a bad answer and a server that stays down as ERROR with their codes', async () => {
    const out = await run([source('/ok', { name: 'wrong-secret', secretEnv: 'KYC_WRONG_SECRET' }), source('/bad'), source('/down', { retries: 2 })]);
    expect(out.result).toBe('ERROR');
    expect(out.errors!.map((e) => e.code)).toEqual(['PROVIDER_REJECTED', 'PROVIDER_BAD_RESPONSE', 'PROVIDER_ERROR']);
    expect(hits['/down']).toBe(3);
    expect((out.stepData as { providerResponses: Record<string, unknown> }).providerResponses['vendor-bad']).toEqual({ rows: [] });
    await expect(run([source('/ok', { secretEnv: 'KYC_NOT_SET' })])).rejects.toMatchObject({ code: 'KYC_PROVIDER_SECRET_MISSING', retryable: false });
  });

  it('opens the circuit after repeated failures and fails at once while it is open', async () => {
    const breakers = new CircuitBreakers({ failureThreshold: 2, openMs: 60_000 });
    const options = { url: `${base}/broken`, source: 'broken', secret: SECRET, retries: 0, breakers };
    for (let i = 0; i < 2; i++) await expect(queryHttpProvider(options, { otherNames: [], addresses: [], govIds: [] })).rejects.toMatchObject({ code: 'PROVIDER_ERROR' });
    await expect(queryHttpProvider(options, { otherNames: [], addresses: [], govIds: [] })).rejects.toMatchObject({ code: 'PROVIDER_CIRCUIT_OPEN', state: 'ERROR' });
    expect(hits['/broken']).toBe(2);
  });
});
