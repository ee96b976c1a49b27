import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { PgliteDb } from '../src/store/pglite-adapter.js';
import { newId } from '../src/domain/ids.js';
import { createTenant } from '../src/store/sql/api-keys.js';
import { insertDefinition } from '../src/store/sql/definitions.js';
import { upsertEntity } from '../src/store/sql/entities.js';
import { insertInstance } from '../src/store/sql/insert-instance.js';
import { compileDefinition } from '../src/workflows/compile-definition.js';
import { defaultStepRegistry } from '../src/steps/index.js';
import { slowStep } from './fixtures/slow-step.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';

// One process (no tsx wrapper process), so SIGKILL really kills the worker.
const NODE_ARGS = ['--import', 'tsx'];
const WORKER = join(process.cwd(), 'test', 'fixtures', 'crash-worker.ts');

/** Resolves when the child prints a line matching `pattern`, rejects on exit or after the deadline. */
function waitForLine(child: ChildProcess, pattern: RegExp, deadlineMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${deadlineMs} ms; stderr: ${errors}`)), deadlineMs);
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve(line);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (errors += c.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (${code ?? signal}) before ${pattern}; stderr: ${errors}`));
    });
  });
}

async function seed(db: Db): Promise<string> {
  const registry = defaultStepRegistry().register(slowStep);
  const tenant = await createTenant(db, 'crash');
  const compiled = await compileDefinition(
    { format: 'json', definition: { name: 'crashy', steps: [{ type: 'MATCHLIST' }, { type: 'SLOW' }, { type: 'DECISION' }] } },
    registry,
  );
  const defn = await insertDefinition(db, { id: newId(), tenantId: tenant.id, name: 'crashy', version: 1, type: 'KYC', format: 'json', source: null, bpmnXml: compiled.bpmnXml, graph: compiled.graph });
  const entityId = newId();
  await upsertEntity(db, tenant.id, { entityId, entityType: 'INDIVIDUAL', name: { givenName: 'Kim', familyName: 'Crash', displayName: 'Kim Crash' } });
  const row = await insertInstance(db, {
    id: newId(),
    tenantId: tenant.id,
    definition: { id: defn.id, name: defn.name, version: 1, type: 'KYC' },
    entityId,
    applicant: { firstName: 'Kim', lastName: 'Crash' },
    input: {},
    requestId: newId(),
    queued: true,
    notifyWebhooks: false,
  });
  return row.id;
}

describe('a worker killed mid-instance', () => {
  let testDb: TestDb | undefined;
  let dataDir: string | undefined;
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await testDb?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing: another worker finishes it and no step is recorded twice', async () => {
    let env: NodeJS.ProcessEnv;
    let instanceId: string;
    if (process.env.TEST_DATABASE_URL) {
      testDb = await createTestDb();
      instanceId = await seed(testDb.db);
      const url = new URL(process.env.TEST_DATABASE_URL);
      url.searchParams.set('options', `-c search_path=${testDb.schema}`);
      env = { ...process.env, DATABASE_URL: url.toString() };
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'idflow-crash-'));
      const db = await PgliteDb.open(dataDir);
      await migrate(db);
      instanceId = await seed(db);
      await db.close();
      env = { ...process.env, IDFLOW_DATA_DIR: dataDir };
    }
    env.IDFLOW_LEASE_SECONDS = '2';
    env.IDFLOW_LOG_LEVEL = 'silent';

    const first = spawn(process.execPath, [...NODE_ARGS, WORKER], { env: { ...env, SLOW_STEP_BLOCK: '1', WORKER_ID: 'first' }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(first);
    await waitForLine(first, new RegExp(`SLOW started ${instanceId}`));
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));

    const second = spawn(process.execPath, [...NODE_ARGS, WORKER], { env: { ...env, EXIT_WHEN_DONE: '1', WORKER_ID: 'second' }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(second);
    await waitForLine(second, /^done$/, 90_000);

    const db = testDb ? testDb.db : await PgliteDb.open(dataDir!);
    try {
      const steps = await db.query<{ element_id: string; step_type: string; result: string; step_data: any }>(
        `SELECT element_id, step_type, result, step_data FROM step_results WHERE instance_id = $1 ORDER BY seq`,
        [instanceId],
      );
      expect(steps.rows.map((s) => s.step_type)).toEqual(['START', 'MATCHLIST', 'SLOW', 'DECISION', 'FINISH']);
      expect(new Set(steps.rows.map((s) => s.element_id)).size).toBe(5);
      const activities = await db.query<{ step_type: string; worker_id: string }>(
        `SELECT step_type, worker_id FROM activities WHERE instance_id = $1 ORDER BY id`,
        [instanceId],
      );
      // START and MATCHLIST were committed by the first worker before it died; it recorded nothing of SLOW.
      expect(activities.rows.map((a) => `${a.step_type}@${a.worker_id}`)).toEqual([
        'START@first',
        'MATCHLIST@first',
        'SLOW@second',
        'DECISION@second',
        'FINISH@second',
      ]);
      const inst = await db.query<{ status: string; execution_state: string }>(`SELECT status, execution_state FROM instances WHERE id = $1`, [instanceId]);
      expect(inst.rows[0]).toEqual({ status: 'COMPLETED_ENDED_SUCCESS', execution_state: 'COMPLETED' });
    } finally {
      if (!testDb) await db.close();
    }
  }, 180_000);
});
