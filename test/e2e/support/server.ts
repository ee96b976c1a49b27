import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../../../src/api/app.js';
import { WEB_DIST } from '../../../src/api/web-app.js';
import type { Role } from '../../../src/domain/index.js';
import { createRuntime, type Runtime } from '../../../src/runtime.js';
import { createApiKey, createTenant } from '../../../src/store/sql/api-keys.js';
import { createTestDb, type TestDb } from '../../helpers/test-db.js';

export interface E2eServer {
  url: string;
  app: FastifyInstance;
  runtime: Runtime;
  testDb: TestDb;
  tenantId: string;
  /** An admin API-key call (seeding goes through the API like an integrator's script). */
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  /** Creates a back-office user through the API and returns its credentials. */
  user(role: Role): Promise<{ username: string; password: string }>;
  close(): Promise<void>;
}

let counter = 0;

/** The real server (API + built back office) on a random port over a fresh database, worker running. */
export async function startServer(): Promise<E2eServer> {
  // test/build-web-once.ts (vitest's global setup) built the app before any file started.
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('web/dist is missing: run npm run build:web');
  const testDb = await createTestDb();
  const runtime = await createRuntime(testDb.db, { config: { leaseSeconds: 5, workerConcurrency: 4 } });
  const app = await buildApp(runtime);
  const tenant = await createTenant(testDb.db, 'E2E Bank');
  const key = (await createApiKey(testDb.db, tenant.id, 'e2e-admin', 'admin')).key;
  runtime.worker.start();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const api: E2eServer['api'] = async (method, path, body) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as any };
  };
  return {
    url,
    app,
    runtime,
    testDb,
    tenantId: tenant.id,
    api,
    async user(role) {
      const username = `${role}-${process.pid}-${++counter}`;
      const password = `correct-horse-${counter}-battery`;
      const res = await api('POST', '/api/v1/users', { username, password, role });
      if (res.status !== 201) throw new Error(`creating user ${username}: ${JSON.stringify(res.body)}`);
      return { username, password };
    },
    async close() {
      await runtime.worker.stop();
      await app.close();
      await testDb.close();
    },
  };
}
