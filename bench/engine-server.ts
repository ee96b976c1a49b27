// The HTTP server of the engine benchmark, as `idflow serve` runs it (request logging off): on DATABASE_URL, or
// on an in-memory PGlite when it is unset. Seeds a tenant, its admin key and the workflow, listens on a free
// port of 127.0.0.1 and prints "ready <port> <key>"; on a "stop" line on stdin prints "stats {json}" and exits.
import { createInterface } from 'node:readline';
import { buildApp } from '../src/api/app.js';
import { openStore } from '../src/cli/open-store.js';
import { loadConfig } from '../src/config.js';
import { createRuntime } from '../src/runtime.js';
import { migrate } from '../src/store/migrate.js';
import { PgliteDb } from '../src/store/pglite-adapter.js';
import { until } from './engine-child.js';
import { CountingDb } from './engine-db.js';
import { seedTenant } from './engine-seed.js';

const config = loadConfig();
const store = config.databaseUrl
  ? await openStore(config, 'serve', undefined, { migrate: false })
  : await PgliteDb.open().then(async (db) => (await migrate(db), { db, close: () => db.close() }));
const seeded = await seedTenant(store.db);
const db = new CountingDb(store.db);
const runtime = await createRuntime(db, { config });
const app = await buildApp({ ...runtime, config });
runtime.worker.start();
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : 0} ${seeded.apiKey}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'stop') break;
}
await app.close();
const count = async (sql: string) => (await store.db.query<{ n: number }>(sql)).rows[0].n;
// Requests the load generator gave up on at its deadline still run here: let them finish (or give up after 30 s).
await until(async () => (await count(`SELECT count(*)::int AS n FROM instances WHERE completed_dtm IS NULL`)) === 0, 30_000).catch(() => {});
await runtime.worker.stop();
const stats = {
  roundTrips: db.roundTrips,
  instances: await count(`SELECT count(*)::int AS n FROM instances`),
  completed: await count(`SELECT count(*)::int AS n FROM instances WHERE completed_dtm IS NOT NULL`),
  stepResults: await count(`SELECT count(*)::int AS n FROM step_results`),
};
process.stdout.write(`stats ${JSON.stringify(stats)}\n`);
await store.close();
process.exit(0);
