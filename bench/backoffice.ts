/**
 * The back office against 1,000,000 instances on Postgres: the list's first page searched on a process-token
 * parameter (unique, rare, common values), the count behind the export limit, and a bulk export of 10,000
 * instances to the finished AES-256 ZIP. Each instance has its own token (an applicant link) with parameters.
 *
 *   BENCH_DATABASE_URL=postgres://root@127.0.0.1:5432/idflow_bo_server npm run bench:backoffice [-- --instances 1000000] [--keep]
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { exportInstances } from '../src/export/export-instances.js';
import { toInstanceFilters, type InstanceFilterInput } from '../src/search/instance-filters.js';
import { migrate } from '../src/store/migrate.js';
import { PgDb } from '../src/store/pg-adapter.js';
import { countInstances } from '../src/store/sql/count-instances.js';
import { listInstances } from '../src/store/sql/list-instances.js';

const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/idflow_bo_server';
const arg = process.argv.indexOf('--instances');
const COUNT = arg > 0 ? Number(process.argv[arg + 1]) : 1_000_000;
const KEEP = process.argv.includes('--keep');
const TENANT = 'bench';
const RUNS = 25;
const log = (s: string) => process.stdout.write(s + '\n');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

async function generate(db: PgDb) {
  await db.query(`INSERT INTO tenants (id, name) VALUES ($1, $1)`, [TENANT]);
  await db.query(`INSERT INTO definitions (id, tenant_id, name, version, type, source_format, bpmn_xml, graph, used) VALUES ('bench-def', $1, 'kyc-basic', 1, 'KYC', 'json', '', '{}', true)`, [TENANT]);
  // Bulk load without the GIN index, then build it (as a restore would).
  await db.exec(`DROP INDEX process_tokens_parameters`);
  const batch = 100_000;
  for (let from = 1; from <= COUNT; from += batch) {
    const to = Math.min(COUNT, from + batch - 1);
    await db.query(
      `INSERT INTO process_tokens (id, tenant_id, definition_id, type, parameters, counter)
       SELECT 'tk' || lpad(g::text, 9, '0'), $1, 'bench-def', 'UNLIMITED',
              jsonb_build_object('firstName', 'Given' || (g % 500), 'lastName', 'Family' || (g % 20000), 'email', 'user' || g || '@example.com',
                                 'phoneNumber', '+4477009' || lpad(g::text, 7, '0'), 'referenceID', 'REF-' || g,
                                 'customerTier', (ARRAY['Gold', 'Silver', 'Bronze'])[1 + g % 3]), 1
         FROM generate_series($2::int, $3::int) g`,
      [TENANT, from, to],
    );
    await db.query(
      `INSERT INTO instances (id, tenant_id, definition_id, process_defn_name, process_defn_version, process_definition_type, process_token_id,
                              process_token_counter, status, execution_state, wf_status, wf_result, created_dtm, last_updated_dtm, completed_dtm,
                              first_name, last_name, email, phone_number, request_id)
       SELECT 'in' || lpad(g::text, 9, '0'), $1, 'bench-def', 'kyc-basic', 1, 'KYC', 'tk' || lpad(g::text, 9, '0'), 1,
              CASE WHEN g % 10 < 8 THEN 'COMPLETED_ENDED_SUCCESS' WHEN g % 10 = 8 THEN 'REVIEW' ELSE 'COMPLETED_ENDED_ERROR' END,
              'COMPLETED', 'PASS', 'PASS', c, c, c + interval '2 seconds',
              'Given' || (g % 500), 'Family' || (g % 20000), 'user' || g || '@example.com', '+4477009' || lpad(g::text, 7, '0'), 'rq' || g
         FROM (SELECT g, date_trunc('milliseconds', now() - (g::float / $4 * 365) * interval '1 day') AS c FROM generate_series($2::int, $3::int) g) x`,
      [TENANT, from, to, COUNT],
    );
    log(`  ${to.toLocaleString('en')} instances and tokens`);
  }
  await db.exec(`CREATE INDEX process_tokens_parameters ON process_tokens USING gin (parameters jsonb_path_ops)`);
  await db.exec(`VACUUM ANALYZE process_tokens`);
  await db.exec(`VACUUM ANALYZE instances`);
}

async function main() {
  const schema = `bench_bo_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = new PgDb(url, { searchPath: schema, max: 4 });
  try {
    await migrate(db);
    log(`generating ${COUNT.toLocaleString('en')} instances (schema ${schema})`);
    const gen = await timed(() => generate(db));
    log(`generated in ${(gen.ms / 1000).toFixed(0)} s`);

    const shapes: Record<string, (i: number) => InstanceFilterInput> = {
      'email (unique)': (i) => ({ paramName: 'email', paramValue: `user${1 + ((i * 7919) % COUNT)}@example.com` }),
      'lastName (1 in 20,000)': (i) => ({ paramName: 'lastName', paramValue: `Family${(i * 31) % 20000}` }),
      'firstName (1 in 500)': (i) => ({ paramName: 'firstName', paramValue: `Given${(i * 17) % 500}` }),
      'customerTier (1 in 3)': (i) => ({ paramName: 'customerTier', paramValue: ['Gold', 'Silver', 'Bronze'][i % 3]! }),
      'firstName + status REVIEW': (i) => ({ paramName: 'firstName', paramValue: `Given${(i * 13) % 500}`, status: ['REVIEW'] }),
    };
    log(`\nfirst page (51 rows) of the list, ${RUNS} queries per shape:`);
    for (const [name, make] of Object.entries(shapes)) {
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) ms.push((await timed(() => listInstances(db, TENANT, toInstanceFilters(make(i)), 51))).ms);
      log(`  ${name.padEnd(28)} median ${median(ms).toFixed(1)} ms  p95 ${p95(ms).toFixed(1)} ms`);
    }

    const countMs: number[] = [];
    for (let i = 0; i < 5; i++) countMs.push((await timed(() => countInstances(db, TENANT, { statuses: ['COMPLETED_ENDED_SUCCESS'] }))).ms);
    log(`\ncount behind the export limit (status, 800,000 rows): median ${median(countMs).toFixed(0)} ms`);

    // About 10,000 instances: the newest days of the year (created_dtm spreads evenly).
    const days = (10_000 / COUNT) * 365 * 0.999;
    const createdFrom = new Date(Date.now() - days * 86_400_000).toISOString();
    const exportMs: number[] = [];
    let exported = 0;
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const run = await timed(() => exportInstances(db, TENANT, { createdFrom }, 'bench export password', { actor: 'bench' }));
      exportMs.push(run.ms);
      exported = run.value.count;
      bytes = run.value.zip.byteLength;
    }
    log(`bulk export of ${exported.toLocaleString('en')} instances to the AES-256 ZIP (${(bytes / 1024).toFixed(0)} kB): median ${median(exportMs).toFixed(0)} ms, runs ${exportMs.map((m) => m.toFixed(0)).join(', ')}`);
  } finally {
    await db.close();
    if (KEEP) log(`kept schema ${schema} (--keep): drop it with DROP SCHEMA ${schema} CASCADE`);
    else await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

await main();
