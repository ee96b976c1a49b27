/**
 * Speed of the screening matcher (npm run bench:screening), all in one run: index build time and memory for the
 * shipped lists; single-query latency in-process; batch throughput on 2 worker threads over the synthetic
 * customers; a brute-force Jaro-Winkler scan over the same names as the baseline; the same query figures on
 * 1,000,000 generated names. Prints its figures.
 */
import { cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { buildScreeningIndex, screenName, type ScreeningIndex } from '../src/screening/matcher.js';
import { foldText } from '../src/screening/normalize/fold-text.js';
import { jaroWinkler } from '../src/screening/score/string-similarity.js';
import type { ListEntity } from '../src/screening/types.js';
import { loadCustomers, loadShippedLists, requireData, seededRandom, type Customer } from './screening-data.js';
import { makeVariant, VARIANT_KINDS, variantRandom } from './screening-variants.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
/** Heap plus typed-array memory (the index keeps its postings in typed arrays, outside the JS heap). */
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const figures: Array<[string, string]> = [];
const report = (what: string, value: string) => {
  figures.push([what, value]);
  console.log(`${what}: ${value}`);
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measureQueries(index: ScreeningIndex, queries: string[]): { p50: number; p99: number; mean: number } {
  for (const q of queries.slice(0, 500)) screenName(index, { name: q }); // warm-up
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    screenName(index, { name: q });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

/** Customer names and variants of list names, mixed: what a screening service is asked. */
function queryMix(customers: Customer[], entities: ListEntity[], count: number): string[] {
  const random = seededRandom(7);
  const variantRng = variantRandom(11);
  const out: string[] = [];
  while (out.length < count) {
    if (random() < 0.5) out.push(customers[Math.floor(random() * customers.length)].name);
    else {
      const e = entities[Math.floor(random() * entities.length)];
      const v = makeVariant(e.names[0].name, VARIANT_KINDS[Math.floor(random() * VARIANT_KINDS.length)], variantRng, e.type === 'person');
      if (v) out.push(v);
    }
  }
  return out;
}

function bruteForce(entities: ListEntity[], queries: string[]): number {
  const names: string[] = [];
  for (const e of entities) for (const n of e.names) names.push(foldText(n.name).text);
  const folded = queries.map((q) => foldText(q).text);
  const started = performance.now();
  let sink = 0;
  for (const q of folded) {
    let best = 0;
    for (const n of names) {
      const s = jaroWinkler(q, n);
      if (s > best) best = s;
    }
    sink += best;
  }
  if (sink < 0) console.log(sink);
  return (performance.now() - started) / folded.length;
}

async function batch(entities: ListEntity[], customers: Customer[], workers: number): Promise<void> {
  const share = Math.ceil(customers.length / workers);
  const started = performance.now();
  const pool = Array.from({ length: workers }, (_, w) => {
    const names = customers.slice(w * share, (w + 1) * share).map((c) => ({ name: c.name, dob: c.dob, gender: c.gender }));
    return new Worker(new URL('./screening-worker-launcher.mjs', import.meta.url), { workerData: { entities, names } });
  });
  await Promise.all(pool.map((w) => new Promise((done) => w.once('message', done))));
  const ready = performance.now();
  const results = await Promise.all(
    pool.map((w) => {
      const finished = new Promise<{ ms: number; hits: number }>((done) => w.once('message', done));
      w.postMessage('go');
      return finished;
    }),
  );
  const end = performance.now();
  await Promise.all(pool.map((w) => w.terminate()));
  const hits = results.reduce((a, r) => a + r.hits, 0);
  report(`batch, ${customers.length} customers on ${workers} worker threads`, `${Math.round(customers.length / ((end - ready) / 1000))} names/s (${((end - ready) / 1000).toFixed(1)} s screening after ${((ready - started) / 1000).toFixed(1)} s index build per worker; ${hits} customers with hits)`);
}

function generatedEntities(customers: Customer[], lists: ListEntity[], count: number): ListEntity[] {
  const random = seededRandom(1234);
  const firsts = [...new Set(customers.map((c) => c.first.split(' ')[0]).filter(Boolean))];
  const lasts = [...new Set(customers.map((c) => c.last).filter(Boolean))];
  const listWords = [...new Set(lists.flatMap((e) => e.names[0].name.split(/[\s,]+/)).filter((w) => /^\p{L}{3,}$/u.test(w)))];
  const pick = (a: string[]) => a[Math.floor(random() * a.length)];
  const out: ListEntity[] = [];
  for (let i = 0; i < count; i++) {
    const words = [pick(random() < 0.7 ? firsts : listWords), ...(random() < 0.4 ? [pick(random() < 0.5 ? firsts : listWords)] : []), pick(random() < 0.7 ? lasts : listWords)];
    out.push({
      source: 'generated',
      sourceId: String(i),
      type: 'person',
      names: [{ name: words.join(' '), kind: 'primary' }],
      birthDates: [String(1940 + Math.floor(random() * 60))],
      countries: [],
      programs: [],
      identifiers: [],
    });
  }
  return out;
}

requireData();
console.log(`idflow screening benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}\n`);
const lists = await loadShippedLists();
const customers = loadCustomers();
gc();
let heapBefore = used();
let started = performance.now();
const index = buildScreeningIndex(lists);
let buildMs = performance.now() - started;
gc();
report('shipped lists', `${lists.length} entities, ${index.nameCount} names, ${index.vocabulary.tokens.length} distinct tokens`);
report('index build', `${(buildMs / 1000).toFixed(2)} s, ${mb(used() - heapBefore)} for the index, RSS ${mb(process.memoryUsage().rss)}`);

const queries = queryMix(customers, lists, 10_000);
const single = measureQueries(index, queries);
report('single query, shipped lists (1 core)', `p50 ${single.p50.toFixed(3)} ms, p99 ${single.p99.toFixed(3)} ms, mean ${single.mean.toFixed(3)} ms over ${queries.length} queries`);

const bruteMs = bruteForce(lists, queries.slice(0, 300));
report('brute-force Jaro-Winkler scan, same lists', `${bruteMs.toFixed(2)} ms a query (mean of 300): ${(bruteMs / single.mean).toFixed(0)}× the index's mean`);

await batch(lists, customers, 2);

const generated = generatedEntities(customers, lists, 1_000_000);
gc();
heapBefore = used();
started = performance.now();
const big = buildScreeningIndex(generated);
buildMs = performance.now() - started;
gc();
report('1,000,000 generated names, index build', `${(buildMs / 1000).toFixed(1)} s, ${mb(used() - heapBefore)} for the index, ${big.vocabulary.tokens.length} distinct tokens`);
const bigQueries = queryMix(customers, generated, 5_000);
const bigSingle = measureQueries(big, bigQueries);
report('single query, 1,000,000 names (1 core)', `p50 ${bigSingle.p50.toFixed(3)} ms, p99 ${bigSingle.p99.toFixed(3)} ms, mean ${bigSingle.mean.toFixed(3)} ms over ${bigQueries.length} queries`);
report('RSS with shipped and 1,000,000-name indexes loaded', mb(process.memoryUsage().rss));

console.log('\nsummary');
const width = Math.max(...figures.map((f) => f[0].length));
for (const [what, value] of figures) console.log(`  ${what.padEnd(width)}  ${value}`);

// The command users run, end to end (bench/screening-cli.ts), unless --no-cli.
if (!process.argv.includes('--no-cli')) await import('./screening-cli.js');
