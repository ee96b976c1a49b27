import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { KYC_BASIC, type TestApp } from './test-app.js';

/** One registered route, as `METHOD /api/v1/path/:param`. */
export type RouteKey = string;

/**
 * Every API route the app registered (HEAD, the OpenAPI document and the back office's pages and files
 * outside /api left out), read from Fastify's own route tree, so a route added later shows up here without
 * anyone listing it.
 */
export function registeredRoutes(app: FastifyInstance): RouteKey[] {
  const keys: RouteKey[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1].length / 4;
    const path = (stack[depth - 1] ?? '') + m[2];
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim())) {
      if (method && method !== 'HEAD' && path !== '/api/v1/openapi.json' && path.startsWith('/api/')) keys.push(`${method} ${path}`);
    }
  }
  return keys.sort();
}

/** An invented Spanish passport (check digits by hand). */
export const PASSPORT = ['P<ESPGARCIA<LOPEZ<<MARIA<<<<<<<<<<<<<<<<<<<<', 'XDA1234565ESP7505216F300520212345678Z<<<<<38'];

/** A PNG signature and IHDR chunk: enough for the content check and the dimensions. */
export function png(width: number, height: number): string {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(bytes);
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  Buffer.from([8, 2, 0, 0, 0]).copy(bytes, 24);
  return bytes.toString('base64');
}

export const IDV_FLOW = {
  format: 'json',
  name: 'idv-basic',
  definition: { name: 'idv-basic', steps: [{ type: 'IDV' }, { type: 'DECISION' }] },
};

/** The ids of one of everything a tenant can own. */
export interface Seeded {
  definitionId: string;
  idvDefinitionId: string;
  tokenId: string;
  individualId: string;
  /** A finished kyc-basic instance with a risk assessment and a MATCHLIST hit PRO. */
  instanceId: string;
  proId: string;
  riskFactorId: string;
  /** An IDV instance waiting for the applicant, with one document. */
  waitingInstanceId: string;
  documentId: string;
  matchlistId: string;
  entryId: string;
  webhookId: string;
}

const ok = <T extends { status: number; body: any }>(res: T, status = 201): T => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res;
};

/** Creates one of everything for the tenant of `key`, through the API. */
export async function seedTenant(t: TestApp, key: string, email = 'blocked@example.com'): Promise<Seeded> {
  const call = (method: string, url: string, body?: unknown) => t.call(method, url, body, {}, key);
  const definitionId = ok(await call('POST', '/api/v1/definitions', KYC_BASIC)).body.id;
  const idvDefinitionId = ok(await call('POST', '/api/v1/definitions', IDV_FLOW)).body.id;
  const matchlist = ok(await call('POST', '/api/v1/matchlists', { name: 'fraud', kind: 'block' })).body;
  const entry = ok(await call('POST', `/api/v1/matchlists/${matchlist.id}/entries`, { entries: [{ entryType: 'EMAIL', value: email }] })).body.entries[0];
  const tokenId = ok(await call('POST', '/api/v1/process-tokens', { processDefnId: definitionId, parameters: { firstName: 'Seed' } })).body.id;
  const individual = ok(await call('POST', '/api/v1/individuals', { name: { givenName: 'Mary', familyName: 'Seed' }, dateOfBirth: '1963-04-02', email })).body.individual;
  const run = ok(await call('POST', `/api/v1/individuals/${individual.entityId}/workflows/kyc-basic/execute`, {}), 200).body.workflowResult;
  const instanceId = run.workflowExecutionId;
  const pro = run.workflowStepResults.flatMap((s: any) => s.processResults ?? [])[0];
  expect(pro, 'the MATCHLIST hit gives a PRO').toBeDefined();
  const riskFactorId = run.riskAssessment.riskFactors[0].riskFactorId;
  const waiting = ok(await call('POST', '/api/v1/workflows/idv-basic/execute', { individual: { name: { givenName: 'Maria' } } }), 200).body;
  const waitingInstanceId = waiting.workflowResult.workflowExecutionId;
  const doc = ok(
    await call('POST', `/api/v1/process-instances/${waitingInstanceId}/documents`, {
      documentType: 'Passport',
      issuingCountry: 'ESP',
      mrz: PASSPORT,
      images: { portrait: png(200, 260) },
    }),
  ).body;
  const webhookId = ok(await call('POST', '/api/v1/webhooks', { url: 'http://127.0.0.1:9/hook' })).body.id;
  ok(await call('POST', '/api/v1/kyc/sources', { name: 'au-elec-roll', format: 'csv', content: 'recordId,givenName,familyName,dateOfBirth\nE1,Mary,Seed,1963-04-02\n' }));
  return {
    definitionId,
    idvDefinitionId,
    tokenId,
    individualId: individual.entityId,
    instanceId,
    proId: pro.processResultId,
    riskFactorId,
    waitingInstanceId,
    documentId: doc.DocumentId,
    matchlistId: matchlist.id,
    entryId: entry.id,
    webhookId,
  };
}

/** The tables a request may write to; their row counts show that a refused request wrote nothing. */
const TABLES = [
  'definitions', 'process_tokens', 'entities', 'instances', 'step_results', 'process_results', 'risk_assessments', 'risk_factors',
  'activities', 'audit_log', 'webhooks', 'idempotency_keys', 'matchlists', 'matchlist_entries', 'documents', 'document_images',
  'users', 'sessions', 'api_keys', 'login_throttle', 'tenant_review_settings', 'review_proposals', 'session_instance_access',
  'kyc_sources', 'kyc_source_versions', 'kyc_source_records',
];

/** Row counts and a digest of every mutable row, to prove a request changed nothing. */
export async function snapshot(t: TestApp): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const { rows } = await t.testDb.db.query<{ n: string; digest: string | null }>(
      `SELECT count(*)::text AS n, md5(string_agg(md5(x::text), ',' ORDER BY md5(x::text))) AS digest FROM ${table} x`,
    );
    out[table] = `${rows[0].n}:${rows[0].digest ?? ''}`;
  }
  return out;
}

/** Asserts the `{ error: { code, message } }` shape. */
export function expectError(res: { status: number; body: any }, statuses: number[], what: string) {
  expect(statuses, `${what}: status ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
  expect(typeof res.body?.error?.code, `${what}: ${JSON.stringify(res.body)}`).toBe('string');
  expect(typeof res.body?.error?.message, `${what}: ${JSON.stringify(res.body)}`).toBe('string');
  expect(res.body.error.message.length, what).toBeGreaterThan(0);
}

/** Fills `:param`s of a route path. */
export function fill(path: string, params: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => {
    if (!(name in params)) throw new Error(`no value for :${name} in ${path}`);
    return encodeURIComponent(params[name]);
  });
}
