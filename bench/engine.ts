/**
 * Engine benchmark (npm run bench:engine), all in one run, printing one table at the end:
 *  1. pgbench TPC-B tps on the same Postgres (the reference);
 *  2. queue throughput of START → MATCHLIST → RISK → DECISION → FINISH: PGlite with one in-process worker,
 *     Postgres with 1 and 2 worker processes; every instance completed and each step recorded once;
 *  3. synchronous execute over HTTP with 50 concurrent clients (autocannon), on Postgres and PGlite;
 *  4. the back-office list query with filters over 1,000,000 generated instances, on Postgres and PGlite.
 * Postgres is BENCH_DATABASE_URL (default postgres://root@127.0.0.1:5432/postgres): a scratch database is
 * created and dropped. BENCH_SCALE=small runs a quick version; BENCH_ONLY=pgbench,queue,http,list picks parts.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { migrate } from '../src/store/migrate.js';
import { PgliteDb } from '../src/store/pglite-adapter.js';
import type { Db } from '../src/store/db.js';
import { adminQuery, ADMIN_URL, createScratchDatabase, postgresVersion, type ScratchDatabase } from './engine-db.js';
import { syncExecute, type HttpRun } from './engine-http.js';
import { explain, generateListData, percentile, timeListQueries } from './engine-list.js';
import { pgbenchAvailable, runPgbench } from './engine-pgbench.js';
import { queueOnPglite, queueOnPostgres, type QueueRun } from './engine-queue.js';

const SMALL = process.env.BENCH_SCALE === 'small';
const S = SMALL
  ? { pgbench: { scale: 2, clients: 8, threads: 2, seconds: 5 }, pgliteQueue: 300, pgQueue: 500, concurrency: 16, httpSeconds: 5, listRows: 100_000, pgliteBudgetMs: 60_000, queries: 75 }
  : { pgbench: { scale: 10, clients: 8, threads: 2, seconds: 20 }, pgliteQueue: 2_000, pgQueue: 5_000, concurrency: 16, httpSeconds: 15, listRows: 1_000_000, pgliteBudgetMs: 150_000, queries: 210 };
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const enabled = (part: string) => !ONLY || ONLY.includes(part);

const table: Array<[string, string]> = [];
const notes: string[] = [];
const row = (what: string, value: string) => {
  table.push([what, value]);
  console.error(`${what}: ${value}`);
};
const log = (s: string) => console.error(s);
const f1 = (n: number) => n.toFixed(1);
const f0 = (n: number) => n.toFixed(0);

function machine(): string {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  return `${cpus().length} cores (${model}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at start, Node ${process.version}`;
}

function queueRow(label: string, r: QueueRun) {
  const c = r.check;
  const ok = c.unfinished === 0 && c.stepResults === 5 * r.instances && c.distinctSteps === c.stepResults && c.activities === 5 * r.instances;
  row(`${label}: executions/s`, `${f0(r.perSecond)} (${r.instances} in ${f1(r.seconds)} s)`);
  row(`${label}: round trips per execution`, f1(r.roundTripsPerExecution));
  row(
    `${label}: check`,
    `${ok ? 'ok' : 'FAILED'}: ${c.completed} completed, ${c.stepResults} step results (5 × N = ${5 * r.instances}), ${c.activities} activities; ` +
      `by worker ${Object.entries(c.byWorker).map(([w, n]) => `${w}=${n}`).join(' ')}; ${Object.entries(c.byStatus).map(([s, n]) => `${s}=${n}`).join(' ')}`,
  );
}

function httpRow(label: string, r: HttpRun) {
  row(`${label}: requests/s`, `${f0(r.perSecond)} (${r.requests} in ${f0(r.seconds)} s, ${r.connections} connections)`);
  row(`${label}: latency ms p50 / p90 / p97.5 / p99 / max`, `${r.p50} / ${r.p90} / ${r.p97_5} / ${r.p99} / ${r.max}`);
  row(`${label}: non-2xx / errors`, `${r.non2xx} / ${r.errors}`);
  row(`${label}: round trips per request; check`, `${f1(r.roundTripsPerRequest)}; ${r.completed >= 0 && r.stepResults === 0 ? `ok, ${r.completed} completed with 5 steps each` : `FAILED (${r.completed}, ${r.stepResults})`}`);
}

async function listPart(label: string, db: Db, rows: number, budgetMs: number) {
  log(`${label}: generating ${rows.toLocaleString('en')} instances`);
  const made = await generateListData(db, rows, budgetMs, log);
  row(`${label}: generated`, `${made.rows.toLocaleString('en')} instances in ${f0(made.seconds)} s${made.rows < rows ? ` (stopped at the ${budgetMs / 1000} s budget)` : ''}`);
  const timings = await timeListQueries(db, S.queries);
  const ms = timings.map((t) => t.ms);
  row(`${label}: ${timings.length} queries, ms p50 / p95 / max`, `${f1(percentile(ms, 50))} / ${f1(percentile(ms, 95))} / ${f1(Math.max(...ms))}`);
  const shapes = [...new Set(timings.map((t) => t.shape))];
  for (const shape of shapes) {
    const of = timings.filter((t) => t.shape === shape).map((t) => t.ms);
    row(`${label}:   ${shape}`, `${f1(percentile(of, 50))} / ${f1(percentile(of, 95))} / ${f1(Math.max(...of))}`);
  }
  const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  notes.push(`${label}: slowest query (${slowest.shape}, ${f1(slowest.ms)} ms, params ${JSON.stringify(slowest.params)}):\n${await explain(db, slowest)}`);
}

async function main() {
  const startedAt = new Date();
  const header = [`engine benchmark ${startedAt.toISOString()}${SMALL ? ' (BENCH_SCALE=small)' : ''}`, machine()];
  const version = await postgresVersion();
  let scratch: ScratchDatabase | undefined;
  if (version) {
    const settings = await adminQuery(ADMIN_URL, `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'fsync', 'synchronous_commit', 'max_connections') ORDER BY name`);
    header.push(`Postgres ${version} at ${ADMIN_URL.replace(/\/\/[^@]*@/, '//')}: ${settings.rows.map((r) => `${r.name}=${r.setting}${r.unit ?? ''}`).join(', ')}`);
    scratch = await createScratchDatabase();
  } else {
    header.push(`Postgres: none answers at ${ADMIN_URL}: Postgres figures skipped`);
  }
  const stop = async () => {
    await scratch?.drop().catch(() => {});
    process.exit(130);
  };
  process.once('SIGINT', stop);

  try {
    if (enabled('pgbench') && scratch) {
      if (await pgbenchAvailable()) {
        log('pgbench');
        const p = await runPgbench(S.pgbench);
        row('pgbench TPC-B tps', `${f0(p.tps)} (-s ${p.scale} -c ${p.clients} -j ${p.threads} -T ${p.seconds}; latency avg ${p.latencyMs} ms)`);
      } else {
        row('pgbench TPC-B tps', 'skipped: pgbench is not installed (apt-get install postgresql-client)');
      }
    }
    if (enabled('queue')) {
      log('queue: PGlite, one in-process worker');
      queueRow(`queue PGlite, 1 worker (concurrency ${S.concurrency})`, await queueOnPglite(S.pgliteQueue, S.concurrency));
      if (scratch) {
        for (const workers of [1, 2]) {
          log(`queue: Postgres, ${workers} worker process(es)`);
          queueRow(`queue Postgres, ${workers} worker process${workers > 1 ? 'es' : ''} (concurrency ${S.concurrency} each)`, await queueOnPostgres(scratch, S.pgQueue, workers, S.concurrency));
        }
      }
    }
    if (enabled('http')) {
      if (scratch) {
        log('http: Postgres');
        const { db, url } = await scratch.schema('http');
        await db.close();
        httpRow('sync execute Postgres', await syncExecute(url, 50, S.httpSeconds));
      }
      log('http: PGlite');
      httpRow('sync execute PGlite', await syncExecute(undefined, 50, S.httpSeconds));
    }
    if (enabled('list')) {
      if (scratch) {
        const { db } = await scratch.schema('list');
        try {
          await listPart('list Postgres', db, S.listRows, 600_000);
        } finally {
          await db.close();
        }
      }
      const lite = await PgliteDb.open();
      try {
        await migrate(lite);
        await listPart('list PGlite', lite, S.listRows, S.pgliteBudgetMs);
      } finally {
        await lite.close();
      }
    }
  } finally {
    await scratch?.drop();
  }

  const width = Math.max(...table.map(([w]) => w.length));
  console.log(`\n${header.join('\n')}\n`);
  for (const [what, value] of table) console.log(`${what.padEnd(width)}  ${value}`);
  for (const note of notes) console.log(`\n${note}`);
}

await main();
