/**
 * Accuracy of the screening matcher on the development data (npm run eval:screening): false-hit rate on
 * synthetic customers, transliteration recall per script, recall on generated variants of list names,
 * precision on OFAC hard negatives, alias-pair recall. Prints one table.
 */
import { readFileSync } from 'node:fs';
import { buildScreeningIndex, compareNames, DEFAULT_THRESHOLD, screenName, type ScreeningIndex } from '../src/screening/matcher.js';
import { countryCode } from '../src/screening/lists/countries.js';
import type { ListEntity } from '../src/screening/types.js';
import { evaluatePairs } from './eval-screening-pairs.js';
import { loadCustomers, loadShippedLists, NAMEMATCH_DIR, readCsv, requireData } from './screening-data.js';
import { makeVariant, VARIANT_KINDS, variantRandom } from './screening-variants.js';

const SCRIPTS = ['arabic', 'russian', 'hebrew', 'chinese', 'korean', 'japanese', 'katakana'];
const VARIANT_SAMPLE = 3000;
const rows: Array<[string, string, string]> = [];
const pct = (x: number) => `${(100 * x).toFixed(2)} %`;

function falseHits(index: ScreeningIndex): void {
  const customers = loadCustomers();
  let hits = 0;
  const examples: string[] = [];
  for (const c of customers) {
    const found = screenName(index, { name: c.name, type: 'person', dob: c.dob, gender: c.gender, limit: 1 });
    if (found.length > 0) {
      hits++;
      if (examples.length < 15) examples.push(`  ${c.name} → ${found[0].matchedName} (${found[0].score}: ${found[0].explanation.summary})`);
    }
  }
  rows.push(['false-hit rate, synthetic customers', pct(hits / customers.length), `${hits} of ${customers.length}; target ≤ 1 %`]);
  if (process.argv.includes('--verbose')) console.log(`false hits, first ones:\n${examples.join('\n')}`);
}

function transliteration(): void {
  let all = 0;
  let allHit = 0;
  let allFound = 0;
  for (const script of SCRIPTS) {
    const lines = readFileSync(`${NAMEMATCH_DIR}transliteration/wd_${script}_20.dev.tsv`, 'utf8').split('\n').filter(Boolean);
    const pairs = lines.map((l) => l.split('\t')).map(([en, native]) => [en, native.replace(/ /g, '')]);
    let hit = 0;
    let falseMatch = 0;
    for (let i = 0; i < pairs.length; i++) {
      if (compareNames(pairs[i][0], pairs[i][1]).match) hit++;
      // Negative control: the English token against the next pair's native form.
      if (compareNames(pairs[i][0], pairs[(i + 1) % pairs.length][1]).match) falseMatch++;
    }
    // The same through screening: every native form is a list entry, and the English token must find its own.
    const index = buildScreeningIndex(pairs.map(([, native], i) => transliterationEntity(String(i), native)));
    let found = 0;
    for (let i = 0; i < pairs.length; i++) if (screenName(index, { name: pairs[i][0], limit: 50 }).some((h) => h.sourceId === String(i))) found++;
    all += pairs.length;
    allHit += hit;
    allFound += found;
    rows.push([`transliteration recall, ${script}`, pct(hit / pairs.length), `${pairs.length} pairs; shuffled pairs matched: ${pct(falseMatch / pairs.length)}; found by screening: ${pct(found / pairs.length)}`]);
  }
  rows.push(['transliteration recall, all scripts', pct(allHit / all), 'target ≥ 0.8']);
  rows.push(['transliteration, found by screening', pct(allFound / all), 'each script\'s native forms indexed as a list, English token screened (informational)']);
}

function transliterationEntity(sourceId: string, name: string): ListEntity {
  return { source: 'transliteration', sourceId, type: 'person', names: [{ name, kind: 'primary' }], birthDates: [], countries: [], programs: [], identifiers: [] };
}

function variants(index: ScreeningIndex, entities: ListEntity[]): void {
  const random = variantRandom();
  const pool = entities.filter((e) => e.type !== 'unknown');
  const counts = new Map<string, { n: number; hit: number }>();
  const misses: string[] = [];
  for (let i = 0; i < VARIANT_SAMPLE; i++) {
    const entity = pool[Math.floor(random() * pool.length)];
    const name = entity.names[Math.floor(random() * entity.names.length)].name;
    for (const kind of VARIANT_KINDS) {
      const variant = makeVariant(name, kind, random, entity.type === 'person');
      if (!variant) continue;
      const found = screenName(index, { name: variant, type: entity.type, limit: 50 });
      const ok = found.some((h) => h.source === entity.source && h.sourceId === entity.sourceId);
      const c = counts.get(kind) ?? { n: 0, hit: 0 };
      c.n++;
      if (ok) c.hit++;
      else if (misses.length < 30) misses.push(`  ${kind}: ${variant} ← ${name}`);
      counts.set(kind, c);
    }
  }
  let n = 0;
  let hit = 0;
  for (const [kind, c] of counts) {
    rows.push([`variant recall, ${kind}`, pct(c.hit / c.n), `${c.n} variants`]);
    n += c.n;
    hit += c.hit;
  }
  rows.push(['variant recall, all', pct(hit / n), `${n} variants of ${VARIANT_SAMPLE} sampled list names; target ≥ 98 %`]);
  if (process.argv.includes('--verbose')) console.log(`variant misses, first ones:\n${misses.join('\n')}`);
}

function pairs(index: ScreeningIndex): void {
  const negatives = readCsv(`${NAMEMATCH_DIR}ofac_hard_negative_pairs.csv`);
  let falsePositives = 0;
  for (const r of negatives) if (compareNames(r.name_a, r.name_b, { type: 'person', index }).match) falsePositives++;
  const aliases = readCsv(`${NAMEMATCH_DIR}ofac_alias_pairs.csv`);
  let truePositives = 0;
  for (const r of aliases) {
    const type = r.sdn_type === 'individual' ? 'person' : r.sdn_type === 'entity' ? 'organization' : r.sdn_type === 'vessel' ? 'vessel' : r.sdn_type === 'aircraft' ? 'aircraft' : undefined;
    if (compareNames(r.primary_name, r.alias_name, { type, index }).match) truePositives++;
  }
  rows.push(['hard negatives rejected', pct(1 - falsePositives / negatives.length), `${falsePositives} of ${negatives.length} pairs wrongly matched`]);
  rows.push(['precision, alias pairs + hard negatives', pct(truePositives / (truePositives + falsePositives)), `${truePositives} true, ${falsePositives} false matches`]);
  rows.push(['alias-pair recall (informational)', pct(truePositives / aliases.length), `${aliases.length} pairs; many aliases are wholly different names`]);
}

/** False hits on a customer book screened as the CLI and the AML step do: name, date of birth, gender and nationality. */
function falseHitsWithNationality(index: ScreeningIndex, file: string, label: string): void {
  const book = readCsv(`${NAMEMATCH_DIR}${file}`);
  let hits = 0;
  const examples: string[] = [];
  for (const r of book) {
    const gender = r.gender === 'male' || r.gender === 'female' ? r.gender : undefined;
    const found = screenName(index, { name: r.full_name ?? '', type: 'person', dob: r.date_of_birth || undefined, gender, country: countryCode(r.nationality), limit: 1 });
    if (found.length > 0) {
      hits++;
      if (examples.length < 15) examples.push(`  ${r.full_name} (${r.nationality}) → ${found[0].matchedName} (${found[0].score}: ${found[0].explanation.summary})`);
    }
  }
  rows.push([`false-hit rate, ${label}, with dob and nationality`, pct(hits / book.length), `${hits} of ${book.length}; target ≤ 0.5 %`]);
  if (process.argv.includes('--verbose')) console.log(`false hits (${label}), first ones:\n${examples.join('\n')}`);
}

/** Precision and recall per kind over idflow's own labelled pairs (bench/screening-pairs.ts). */
function labelled(): void {
  for (const f of evaluatePairs()) {
    rows.push([`labelled pairs, ${f.kind}`, `P ${f.precision.toFixed(3)}`, `recall ${f.recall.toFixed(3)} over ${f.pairs} pairs; target ≥ 0.88 each`]);
  }
}

requireData();
const started = performance.now();
const entities = await loadShippedLists();
const index = buildScreeningIndex(entities);
falseHits(index);
falseHitsWithNationality(index, 'synthetic_customers_us.csv', 'US book');
falseHitsWithNationality(index, 'synthetic_customers_global.dev.csv', 'global book');
labelled();
transliteration();
variants(index, entities);
pairs(index);
console.log(`idflow screening evaluation, ${new Date().toISOString().slice(0, 10)}, default threshold ${DEFAULT_THRESHOLD}`);
console.log(`lists: ${entities.length} entities, ${index.nameCount} names\n`);
const width = Math.max(...rows.map((r) => r[0].length));
for (const [what, value, note] of rows) console.log(`${what.padEnd(width)}  ${value.padStart(8)}  ${note}`);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
