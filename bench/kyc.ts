/**
 * KYC at scale (npm run bench:kyc [-- --records 1000000 --applicants 2000]): writes a synthetic source of
 * person records as a canonical CSV, imports it as a data source version (file read, parsed, keyed and stored:
 * one transaction), then verifies applicants one at a time (lookup-key candidates, attribute matching, rules,
 * PROs: the KYC step's work without the engine) and prints latency percentiles and memory.
 * Uses Postgres when DATABASE_URL is set (a fresh schema, dropped afterwards), otherwise an embedded PGlite.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { DEFAULT_MATCH_SETTINGS } from '../src/kyc/match-settings.js';
import { readSourceFile } from '../src/kyc/read-source-file.js';
import { compileRules } from '../src/kyc/rules.js';
import { importSourceVersion } from '../src/kyc/sql/import-source-version.js';
import type { KycApplicant } from '../src/kyc/types.js';
import { localSource, verifyApplicant } from '../src/kyc/verify-applicant.js';
import { buildKycOutput } from '../src/steps/kyc/build-output.js';
import type { Db } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { PgDb } from '../src/store/pg-adapter.js';
import { PgliteDb } from '../src/store/pglite-adapter.js';
import { FEBRL_DATASETS, FEBRL_DIR, requireFebrl } from './kyc-febrl.js';

requireFebrl();
const DATA = resolve(FEBRL_DIR, '../..');

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RECORDS = arg('records', 1_000_000);
const APPLICANTS = arg('applicants', 2000);
const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;

// A deterministic generator: the same source every run.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
// Real name and street distributions: the synthetic customer book's and FEBRL's names and streets.
const customers = parse(readFileSync(resolve(DATA, 'namematch/synthetic_customers_us.csv')), { columns: true }) as Array<{ first_name: string; last_name: string }>;
const febrl = FEBRL_DATASETS.flatMap((f) => parse(readFileSync(resolve(DATA, 'kyc/febrl', f)), { columns: true, trim: true }) as Array<Record<string, string>>);
const distinct = (xs: Array<string | undefined>) => [...new Set(xs.filter((x): x is string => Boolean(x && /^[A-Za-z' -]+$/.test(x))))];
const GIVEN = distinct([...customers.map((c) => c.first_name), ...febrl.map((r) => r.given_name)]);
const FAMILY = distinct([...customers.map((c) => c.last_name), ...febrl.map((r) => r.surname)]);
const STREETS = distinct(febrl.map((r) => r.address_1?.split(' ')[0]));
const SYLLABLES = ['ka', 'ri', 'mo', 'te', 'lan', 'son', 'ber', 'gi', 'na', 'vel', 'dor', 'us', 'ash', 'ley', 'mar', 'tin'];
const word = (parts: number) => Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
const TYPES = ['Street', 'St', 'Road', 'Avenue', 'Crescent', 'Place', 'Court', 'Drive'];
const LOCALITIES = Array.from({ length: 3000 }, () => [word(2), String(800 + Math.floor(rand() * 7000))] as const);
const dob = () => `${1920 + Math.floor(rand() * 86)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;

interface Row { id: string; given: string; family: string; dob: string; line1: string; locality: string; postcode: string }
const sample: Row[] = [];

async function writeSource(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('recordId,givenName,familyName,dateOfBirth,gender,addressLine1,locality,subdivision,postalCode,country\n');
  for (let i = 0; i < RECORDS; i++) {
    const [locality, postcode] = pick(LOCALITIES);
    const r: Row = { id: `R${i}`, given: pick(GIVEN), family: pick(FAMILY), dob: dob(), line1: `${1 + Math.floor(rand() * 300)} ${pick(STREETS)} ${pick(TYPES)}`, locality, postcode };
    if (i % Math.max(1, Math.floor(RECORDS / APPLICANTS)) === 0) sample.push(r);
    if (!out.write(`${r.id},${r.given},${r.family},${r.dob},${rand() < 0.5 ? 'F' : 'M'},${r.line1},${r.locality},NSW,${r.postcode},AU\n`)) await new Promise<void>((d) => out.once('drain', () => d()));
  }
  await new Promise<void>((done, fail) => out.end((err?: Error | null) => (err ? fail(err) : done())));
}

/** Half the applicants are a sampled record with a typo in the family name; half are people not in the source (a real given name, an invented family name). */
function applicants(): KycApplicant[] {
  const out: KycApplicant[] = [];
  for (let i = 0; i < APPLICANTS; i++) {
    const r = sample[i % sample.length]!;
    const known = i % 2 === 0;
    const family = known ? r.family.slice(0, -1) + (r.family.endsWith('a') ? 'e' : 'a') : word(3);
    const [locality, postcode] = known ? [r.locality, r.postcode] : pick(LOCALITIES);
    const line1 = known ? r.line1 : `${1 + Math.floor(rand() * 300)} ${pick(STREETS)} Street`;
    out.push({ givenName: r.given, familyName: family, dateOfBirth: known ? r.dob : dob(), otherNames: [], govIds: [], addresses: [{ streetName: line1.split(' ')[1], streetNumber: line1.split(' ')[0], locality, postalCode: postcode }] });
  }
  return out;
}

async function openBenchDb(): Promise<{ db: Db; kind: string; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `bench_kyc_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const db = new PgDb(url, { searchPath: schema, max: 4 });
    return { db, kind: 'Postgres', close: async () => { await db.close(); await admin.query(`DROP SCHEMA ${schema} CASCADE`); await admin.end(); } };
  }
  const dir = mkdtempSync(join(tmpdir(), 'idflow-bench-kyc-db-'));
  const db = await PgliteDb.open(dir);
  return { db, kind: 'PGlite', close: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
}

const dir = mkdtempSync(join(tmpdir(), 'idflow-bench-kyc-'));
const file = join(dir, 'source.csv');
await writeSource(file);
const { db, kind, close } = await openBenchDb();
try {
  await migrate(db);
  await db.query(`INSERT INTO tenants (id, name) VALUES ('bench', 'Bench')`);
  const t0 = performance.now();
  const parsed = await readSourceFile(createReadStream(file), { format: 'csv' });
  const t1 = performance.now();
  const heapAfterParse = process.memoryUsage();
  const imported = await importSourceVersion(db, { tenantId: 'bench', source: 'bench-roll', format: 'csv', sha256: parsed.sha256, records: parsed.records, problems: parsed.problems });
  const t2 = performance.now();
  parsed.records.length = 0;
  console.log(`${kind}: ${RECORDS.toLocaleString('en-US')} records (${mb(statSync(file).size)} CSV)`);
  console.log(`import: ${((t2 - t0) / 1000).toFixed(1)} s (read + parse ${((t1 - t0) / 1000).toFixed(1)} s, keys + store ${((t2 - t1) / 1000).toFixed(1)} s); ${imported.version.counts.records.toLocaleString('en-US')} stored`);
  console.log(`memory at the end of parsing: rss ${mb(heapAfterParse.rss)}, heap used ${mb(heapAfterParse.heapUsed)}`);
  if (global.gc) global.gc();
  const local = localSource(db, { name: 'bench-roll', provider: 'bench', versionId: imported.version.id });
  const lookupTimes: number[] = [];
  let candidates = 0;
  const handle = { ...local, lookup: async (a: KycApplicant, keys: string[]) => {
    const s = performance.now();
    const found = await local.lookup(a, keys);
    lookupTimes.push(performance.now() - s);
    candidates += found.records.length;
    return found;
  } };
  const rules = compileRules([{ ruleName: 'default' }]);
  if (process.argv.includes('--explain')) {
    const { applicantLookupKeys } = await import('../src/kyc/lookup-keys.js');
    const keys = applicantLookupKeys(applicants()[0]!);
    const plan = await db.query<Record<string, string>>(`EXPLAIN ANALYZE SELECT record FROM kyc_source_records WHERE version_id = $1 AND lookup_keys && $2::text[] ORDER BY (SELECT count(*) FROM unnest(lookup_keys) k WHERE k = ANY($2::text[])) DESC, record_id LIMIT 50`, [imported.version.id, keys]);
    console.log(plan.rows.map((r) => Object.values(r)[0]).join('\n'));
  }
  const people = applicants();
  const times: number[] = [];
  const results: Record<string, number> = {};
  for (let i = 0; i < people.length; i++) {
    const a = people[i]!;
    const s = performance.now();
    const outcomes = await verifyApplicant(a, [handle], DEFAULT_MATCH_SETTINGS);
    const out = buildKycOutput(outcomes, rules, a, DEFAULT_MATCH_SETTINGS, 'bench', { startedAt: '', endedAt: '' });
    times.push(performance.now() - s);
    results[out.result] = (results[out.result] ?? 0) + 1;
  }
  const warm = times.slice(Math.min(50, Math.floor(times.length / 10))).sort((a, b) => a - b);
  const q = (p: number) => warm[Math.min(warm.length - 1, Math.floor(p * warm.length))]!.toFixed(2);
  console.log(`verify ${people.length} applicants (first ${times.length - warm.length} as warm-up): p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, max ${warm[warm.length - 1]!.toFixed(2)} ms; results ${JSON.stringify(results)}`);
  const sortedLookups = lookupTimes.slice(times.length - warm.length).sort((a, b) => a - b);
  const lq = (p: number) => sortedLookups[Math.min(sortedLookups.length - 1, Math.floor(p * sortedLookups.length))]!.toFixed(2);
  console.log(`  of which the candidate query: p50 ${lq(0.5)} ms, p99 ${lq(0.99)} ms; ${(candidates / people.length).toFixed(1)} candidates per applicant`);
  const m = process.memoryUsage();
  console.log(`memory while verifying: rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)}`);
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}
