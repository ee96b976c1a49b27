// One worker process of the engine benchmark, like `idflow worker` on DATABASE_URL (IDFLOW_WORKER_CONCURRENCY
// instances at once). Prints "ready", starts on a "go" line on stdin, and on "stop" prints how many database
// round trips it made ("stats {json}") and exits.
import { createInterface } from 'node:readline';
import { openStore } from '../src/cli/open-store.js';
import { loadConfig } from '../src/config.js';
import { createRuntime } from '../src/runtime.js';
import { CountingDb } from './engine-db.js';

const config = loadConfig();
const store = await openStore(config, 'worker', undefined, { migrate: false });
const db = new CountingDb(store.db);
const runtime = await createRuntime(db, { config, workerId: process.env.WORKER_ID });
process.stdout.write('ready\n');

for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'go') runtime.worker.start();
  if (line === 'stop') break;
}
await runtime.worker.stop();
process.stdout.write(`stats ${JSON.stringify({ statements: db.statements, transactions: db.transactions, roundTrips: db.roundTrips })}\n`);
await store.close();
process.exit(0);
