/**
 * The back-office list query over generated instances: random filter combinations through listInstances
 * (the API's query, 51 rows), timed one by one; p50/p95/max overall and per shape, and the plan of the
 * slowest query.
 */
import type { Db, QueryResult } from '../src/store/db.js';
import { listInstances, type InstanceFilters, type ListCursor } from '../src/store/sql/list-instances.js';
import { BIG_TENANT, createListTenants, DEFINITION_NAMES, FAMILY_NAMES, generateInstances, GIVEN_NAMES, TENANTS } from './engine-list-data.js';
import { seededRandom } from './engine-seed.js';

const PAGE = 51;
const rand = seededRandom(23);
const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)];
/** Names drawn like the data (common ones more often), so most filters find rows. */
const givenName = () => GIVEN_NAMES[Math.floor(Math.random() ** 3 * GIVEN_NAMES.length)];
const familyName = () => FAMILY_NAMES[Math.floor(Math.random() ** 2 * FAMILY_NAMES.length)];
const COMMON = ['COMPLETED_ENDED_SUCCESS', 'COMPLETED_TERMINATED', 'REVIEW'];
const RARE = ['COMPLETED_ENDED_ERROR', 'COMPLETED_PROCESS_ERROR', 'ACTIVE', 'PENDING', 'PAUSED'];
const DAY = 86_400_000;
const range = (days: number) => {
  const end = Date.now() - rand(365 - days) * DAY;
  return { createdFrom: new Date(end - days * DAY).toISOString(), createdTo: new Date(end).toISOString() };
};

export const SHAPES: Record<string, () => InstanceFilters> = {
  'tenant only': () => ({}),
  'status (common)': () => ({ statuses: [pick(COMMON)] }),
  'status (rare)': () => ({ statuses: [pick(RARE)] }),
  'two statuses': () => ({ statuses: [pick(COMMON), pick(RARE)] }),
  definition: () => ({ definitionName: pick(DEFINITION_NAMES) }),
  'created 30 days': () => range(30),
  'created 7 days + status': () => ({ ...range(7), statuses: [pick([...COMMON, ...RARE])] }),
  firstName: () => ({ firstName: givenName() }),
  lastName: () => ({ lastName: familyName() }),
  'firstName + lastName': () => ({ firstName: givenName(), lastName: familyName() }),
  referenceId: () => ({ referenceId: `in${String(1 + rand(1_000_000)).padStart(9, '0')}` }),
  'definition + status (rare)': () => ({ definitionName: pick(DEFINITION_NAMES), statuses: [pick(RARE)] }),
  'lastName + status': () => ({ lastName: familyName(), statuses: [pick(COMMON)] }),
  'created 90 days + definition + status': () => ({ ...range(90), definitionName: pick(DEFINITION_NAMES), statuses: [pick([...COMMON, ...RARE])] }),
};
const SECOND_PAGE = 'second page (cursor)';

/** Remembers the last statement, to EXPLAIN the slowest query exactly as it ran. */
class RecordingDb {
  last?: { sql: string; params?: unknown[] };
  constructor(private readonly db: Db) {}
  query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
    this.last = { sql, params };
    return this.db.query<T>(sql, params);
  }
}

export interface Timing {
  shape: string;
  ms: number;
  rows: number;
  sql: string;
  params?: unknown[];
}

/** Generates `count` instances in batches; stops early (returning how many it made) past `budgetMs`. */
export async function generateListData(db: Db, count: number, budgetMs: number, log: (s: string) => void): Promise<{ rows: number; seconds: number }> {
  const start = performance.now();
  await createListTenants(db);
  const batch = Math.min(count, 100_000);
  let made = 0;
  while (made < count && performance.now() - start < budgetMs) {
    await generateInstances(db, made + 1, Math.min(count, made + batch));
    made = Math.min(count, made + batch);
    log(`  ${made.toLocaleString('en')} instances, ${((performance.now() - start) / 1000).toFixed(0)} s`);
  }
  await db.exec('VACUUM ANALYZE instances');
  return { rows: made, seconds: (performance.now() - start) / 1000 };
}

/** Runs `count` queries of random shapes (a seventh of them second pages). */
export async function timeListQueries(db: Db, count: number): Promise<Timing[]> {
  const recorder = new RecordingDb(db);
  const names = [...Object.keys(SHAPES), SECOND_PAGE];
  const timings: Timing[] = [];
  for (let i = 0; i < count; i++) {
    const shape = names[i % names.length];
    const tenant = rand(10) < 7 ? BIG_TENANT : pick(TENANTS);
    let filters: InstanceFilters;
    let after: ListCursor | undefined;
    if (shape === SECOND_PAGE) {
      filters = pick(Object.values(SHAPES))();
      const first = await listInstances(db, tenant, filters, PAGE);
      // The API's cursor: microseconds when listInstances gives them (cursor_dtm), else the Date.
      const last = first[PAGE - 2] as ((typeof first)[number] & { cursor_dtm?: string }) | undefined;
      if (last) after = { createdDtm: last.cursor_dtm ?? new Date(last.created_dtm).toISOString(), id: last.id };
    } else {
      filters = SHAPES[shape]();
    }
    const t = performance.now();
    const rows = await listInstances(recorder as unknown as Db, tenant, filters, PAGE, after);
    timings.push({ shape, ms: performance.now() - t, rows: rows.length, ...recorder.last! });
  }
  return timings;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** EXPLAIN (ANALYZE, BUFFERS) of one timed query, as it ran. */
export async function explain(db: Db, t: Timing): Promise<string> {
  const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${t.sql}`, t.params);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}
