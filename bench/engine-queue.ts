/**
 * Queue throughput: N queued instances of the benchmark workflow, then workers run them until all are
 * completed. PGlite: one in-process worker (an embedded database is one process's). Postgres: 1 or 2
 * worker processes, each a Worker with `concurrency` instances at once.
 */
import { migrate } from '../src/store/migrate.js';
import { PgliteDb } from '../src/store/pglite-adapter.js';
import type { Db } from '../src/store/db.js';
import { createRuntime } from '../src/runtime.js';
import { CountingDb, type ScratchDatabase } from './engine-db.js';
import { spawnChild, until } from './engine-child.js';
import { checkQueue, seedQueued, seedTenant, type QueueCheck } from './engine-seed.js';

export interface QueueRun {
  instances: number;
  seconds: number;
  perSecond: number;
  roundTripsPerExecution: number;
  check: QueueCheck;
}

const unfinished = async (db: Db) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM instances WHERE completed_dtm IS NULL`)).rows[0].n;

export async function queueOnPglite(instances: number, concurrency: number): Promise<QueueRun> {
  const raw = await PgliteDb.open();
  try {
    await migrate(raw);
    const seeded = await seedTenant(raw);
    await seedQueued(raw, seeded, instances, 1);
    await raw.exec('ANALYZE');
    const db = new CountingDb(raw);
    const runtime = await createRuntime(db, { config: { workerConcurrency: concurrency } });
    const start = performance.now();
    runtime.worker.start();
    await until(async () => (await unfinished(raw)) === 0, 600_000, 250);
    const seconds = (performance.now() - start) / 1000;
    await runtime.worker.stop();
    return { instances, seconds, perSecond: instances / seconds, roundTripsPerExecution: db.roundTrips / instances, check: await checkQueue(raw) };
  } finally {
    await raw.close();
  }
}

export async function queueOnPostgres(scratch: ScratchDatabase, instances: number, workers: number, concurrency: number): Promise<QueueRun> {
  const { db, url } = await scratch.schema(`queue${workers}`);
  const children = Array.from({ length: workers }, (_, i) =>
    spawnChild('engine-worker.ts', { DATABASE_URL: url, IDFLOW_WORKER_CONCURRENCY: String(concurrency), WORKER_ID: `w${i + 1}` }),
  );
  try {
    const seeded = await seedTenant(db);
    await seedQueued(db, seeded, instances);
    await db.exec('VACUUM ANALYZE');
    await Promise.all(children.map((c) => c.line(/^ready$/)));
    const start = performance.now();
    for (const c of children) c.send('go');
    await until(async () => (await unfinished(db)) === 0, 600_000);
    const seconds = (performance.now() - start) / 1000;
    const stats = await Promise.all(
      children.map(async (c) => {
        const line = c.line(/^stats /);
        c.send('stop');
        return JSON.parse((await line).slice(6)) as { roundTrips: number };
      }),
    );
    const roundTrips = stats.reduce((sum, s) => sum + s.roundTrips, 0);
    return { instances, seconds, perSecond: instances / seconds, roundTripsPerExecution: roundTrips / instances, check: await checkQueue(db) };
  } finally {
    for (const c of children) c.kill();
    await db.close();
  }
}
