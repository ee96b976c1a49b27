import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { createApiKey, createTenant } from '../../src/store/sql/api-keys.js';
import { createTestDb, type TestDb } from './test-db.js';
import type { StepType } from '../../src/engine/step-type.js';

export interface TestApp {
  app: FastifyInstance;
  runtime: Runtime;
  testDb: TestDb;
  /** Admin keys of two tenants, for cross-tenant tests. */
  keyA: string;
  keyB: string;
  tenantA: string;
  tenantB: string;
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>, key?: string): Promise<{ status: number; body: any; headers: Record<string, any> }>;
  close(): Promise<void>;
}

export async function createTestApp(options: { startWorker?: boolean; extraSteps?: StepType[] } = {}): Promise<TestApp> {
  const testDb = await createTestDb();
  const runtime = await createRuntime(testDb.db, { config: { leaseSeconds: 5, workerConcurrency: 4 } });
  for (const step of options.extraSteps ?? []) runtime.registry.register(step);
  const app = await buildApp(runtime);
  const a = await createTenant(testDb.db, 'Tenant A');
  const b = await createTenant(testDb.db, 'Tenant B');
  const keyA = (await createApiKey(testDb.db, a.id, 'test-admin', 'admin')).key;
  const keyB = (await createApiKey(testDb.db, b.id, 'test-admin', 'admin')).key;
  if (options.startWorker) runtime.worker.start();
  return {
    app,
    runtime,
    testDb,
    keyA,
    keyB,
    tenantA: a.id,
    tenantB: b.id,
    async call(method, url, body, headers = {}, key = keyA) {
      const res = await app.inject({
        method: method as any,
        url,
        headers: { authorization: `Bearer ${key}`, ...headers },
        ...(body === undefined ? {} : typeof body === 'string' ? { payload: body } : { payload: body as any }),
      });
      let parsed: any = res.body;
      try {
        parsed = JSON.parse(res.body);
      } catch {
        /* not JSON */
      }
      return { status: res.statusCode, body: parsed, headers: res.headers };
    },
    async close() {
      await runtime.worker.stop();
      await app.close();
      await testDb.close();
    },
  };
}

/** A JSON-shorthand definition of the benchmark workflow START → MATCHLIST → RISK → DECISION → FINISH. */
export const KYC_BASIC = {
  format: 'json',
  name: 'kyc-basic',
  definition: {
    name: 'kyc-basic',
    steps: [{ type: 'MATCHLIST' }, { type: 'RISK' }, { type: 'DECISION' }],
  },
};

/** Polls `check` until it returns a truthy value or the deadline passes (no fixed sleeps in tests). */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, deadlineMs = 20_000, everyMs = 25): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`condition not met within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
