/**
 * Accuracy of KYC matching on the FEBRL records (npm run eval:kyc): the originals of each dataset are imported
 * as a data source, the duplicates (typos, missing values, swapped fields) are verified against it. Measures:
 * the right record returned with at least one attribute verified; among duplicates giving both name parts,
 * the right record with its name verified; and, for applicants whose name and date of birth come from two
 * different people, a wrong record verified on name and date of birth. A plain baseline runs on the same
 * applicants: Jaro-Winkler ≥ 0.9 on each name part and an exact date of birth, best record by name.
 */
import { foldText } from '../src/screening/normalize/fold-text.js';
import { jaroWinkler, osaDistance } from '../src/screening/score/string-similarity.js';
import { DEFAULT_MATCH_SETTINGS } from '../src/kyc/match-settings.js';
import { importSourceVersion } from '../src/kyc/sql/import-source-version.js';
import type { KycApplicant, KycRecord } from '../src/kyc/types.js';
import { localSource, verifyApplicant } from '../src/kyc/verify-applicant.js';
import { migrate } from '../src/store/migrate.js';
import { PgliteDb } from '../src/store/pglite-adapter.js';
import { FEBRL_DATASETS, febrlDuplicates, febrlOriginals, requireFebrl, type Duplicate } from './kyc-febrl.js';

requireFebrl();
const verbose = process.argv.includes('--verbose');
const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(2)} %`);

interface Verdict {
  recordId?: string;
  verified: string[];
}

/** The baseline: the record whose name parts are most alike by Jaro-Winkler; name verified at ≥ 0.9 on each part, date exactly. */
function baseline(a: KycApplicant, records: KycRecord[]): Verdict {
  const f = (s: string | undefined) => (s ? foldText(s).text : '');
  const g = f(a.givenName);
  const s = f(a.familyName);
  let best: { r: KycRecord; score: number; jg: number; js: number } | undefined;
  for (const r of records) {
    const jg = g ? jaroWinkler(g, f(r.givenName)) : 0;
    const js = s ? jaroWinkler(s, f(r.familyName)) : 0;
    const dob = a.dateOfBirth && a.dateOfBirth === r.dateOfBirth ? 1 : 0;
    const score = jg + js + dob;
    if (!best || score > best.score) best = { r, score, jg, js };
  }
  if (!best) return { verified: [] };
  const verified: string[] = [];
  if (best.jg >= 0.9 && best.js >= 0.9) verified.push('name');
  if (a.dateOfBirth && a.dateOfBirth === best.r.dateOfBirth && (best.jg >= 0.9 || best.js >= 0.9)) verified.push('dateOfBirth');
  return { recordId: best.r.recordId, verified };
}

interface Tally {
  /** Duplicates with both name parts within two edits of the original's (or swapped): the most a name matcher should verify. */
  nameRecoverable: number;
  applicants: number;
  found: number;
  bothNames: number;
  nameVerified: number;
  mixed: number;
  wrongNameDob: number;
}
const tally = (): Tally => ({ nameRecoverable: 0, applicants: 0, found: 0, bothNames: 0, nameVerified: 0, mixed: 0, wrongNameDob: 0 });

function count(t: Tally, d: Duplicate, v: Verdict): void {
  t.applicants++;
  const right = v.recordId === d.trueId;
  if (right && v.verified.length > 0) t.found++;
  if (d.bothNames) {
    t.bothNames++;
    if (right && v.verified.includes('name')) t.nameVerified++;
  }
}

/** An applicant with one person's name (as the duplicate writes it) and another person's date of birth. */
function mixed(dups: Duplicate[], originals: KycRecord[], seed: number): Array<{ applicant: KycApplicant; trueId: string; otherId: string }> {
  let x = seed;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const byId = new Map(originals.map((r) => [r.recordId, r]));
  const out = [];
  for (const d of dups) {
    const own = byId.get(d.trueId);
    let other: KycRecord | undefined;
    for (let tries = 0; tries < 10 && (!other || other.recordId === d.trueId || !other.dateOfBirth || other.dateOfBirth === own?.dateOfBirth); tries++) other = originals[Math.floor(rand() * originals.length)];
    if (!other?.dateOfBirth || other.recordId === d.trueId) continue;
    out.push({ applicant: { ...d.applicant, dateOfBirth: other.dateOfBirth, addresses: [] }, trueId: d.trueId, otherId: other.recordId });
  }
  return out;
}

const db = await PgliteDb.open();
await migrate(db);
await db.query(`INSERT INTO tenants (id, name) VALUES ('eval', 'Evaluation')`);
const totals = { idflow: tally(), baseline: tally() };
const lines: string[] = [];
const started = performance.now();
for (const file of FEBRL_DATASETS) {
  const originals = await febrlOriginals(file);
  const source = file.replace('.csv', '');
  const imported = await importSourceVersion(db, { tenantId: 'eval', source, format: 'csv', sha256: '0'.repeat(63) + String(FEBRL_DATASETS.indexOf(file)), records: originals.records, problems: [] });
  const handle = localSource(db, { name: source, provider: 'febrl', versionId: imported.version.id });
  const dups = febrlDuplicates(file);
  const mine = { idflow: tally(), baseline: tally() };
  const misses: string[] = [];
  const byId = new Map(originals.records.map((r) => [r.recordId, r]));
  for (const d of dups) {
    const org = byId.get(d.trueId);
    if (d.bothNames && org) {
      const [g, s] = d.names;
      const near = (a: string, b: string | undefined) => osaDistance(a, b ?? '') <= 2;
      if ((near(g, org.givenName) && near(s, org.familyName)) || (near(g, org.familyName) && near(s, org.givenName))) {
        mine.idflow.nameRecoverable++;
        mine.baseline.nameRecoverable++;
      }
    }
    const [o] = await verifyApplicant(d.applicant, [handle], DEFAULT_MATCH_SETTINGS);
    const v: Verdict = { recordId: o?.match?.record.recordId, verified: o?.match?.verified ?? [] };
    count(mine.idflow, d, v);
    count(mine.baseline, d, baseline(d.applicant, originals.records));
    const nameMiss = d.bothNames && v.recordId === d.trueId && !v.verified.includes('name');
    if (verbose && (v.recordId !== d.trueId || v.verified.length === 0 || nameMiss) && misses.length < 40) {
      misses.push(`  ${d.id}: ${d.applicant.givenName ?? '-'} ${d.applicant.familyName ?? '-'} ${d.applicant.dateOfBirth ?? '-'} → ${v.recordId ?? 'none'} ${v.verified.join(',')} ${o?.match ? JSON.stringify(o.match.name.matchStrengths) : ''}`);
    }
  }
  for (const m of mixed(dups, originals.records, 7)) {
    const [o] = await verifyApplicant(m.applicant, [handle], DEFAULT_MATCH_SETTINGS);
    for (const [t, v] of [[mine.idflow, { recordId: o?.match?.record.recordId, verified: o?.match?.verified ?? [] }], [mine.baseline, baseline(m.applicant, originals.records)]] as const) {
      t.mixed++;
      if (v.verified.includes('name') && v.verified.includes('dateOfBirth')) t.wrongNameDob++;
    }
  }
  for (const k of ['idflow', 'baseline'] as const) for (const [key, n] of Object.entries(mine[k])) totals[k][key as keyof Tally] += n;
  lines.push(`${file}: ${originals.records.length} originals (${originals.problems} rows skipped), ${dups.length} duplicates`);
  lines.push(`  idflow   found ${pct(mine.idflow.found, mine.idflow.applicants)}, name verified ${pct(mine.idflow.nameVerified, mine.idflow.bothNames)}, wrong name+dob ${pct(mine.idflow.wrongNameDob, mine.idflow.mixed)}`);
  lines.push(`  baseline found ${pct(mine.baseline.found, mine.baseline.applicants)}, name verified ${pct(mine.baseline.nameVerified, mine.baseline.bothNames)}, wrong name+dob ${pct(mine.baseline.wrongNameDob, mine.baseline.mixed)}`);
  if (misses.length) lines.push('  first misses:', ...misses);
}
const row = (label: string, n: (t: Tally) => number, d: (t: Tally) => number, target: string) =>
  `${label.padEnd(58)} ${pct(n(totals.idflow), d(totals.idflow)).padStart(9)} ${pct(n(totals.baseline), d(totals.baseline)).padStart(9)}   ${target}`;
console.log(lines.join('\n'));
console.log(`\n${'measure (all three datasets)'.padEnd(58)} ${'idflow'.padStart(9)} ${'baseline'.padStart(9)}   target`);
console.log(row(`right record, ≥ 1 attribute verified (${totals.idflow.applicants} duplicates)`, (t) => t.found, (t) => t.applicants, '≥ 97 %'));
console.log(row(`right record, name verified (${totals.idflow.bothNames} with both name parts)`, (t) => t.nameVerified, (t) => t.bothNames, '≥ 95 %'));
console.log(row(`  (names within two edits of the original, or swapped)`, (t) => t.nameRecoverable, (t) => t.bothNames, 'the rest replace a name part'));
console.log(row(`wrong record verified on name + dob (${totals.idflow.mixed} mixed applicants)`, (t) => t.wrongNameDob, (t) => t.mixed, '≤ 0.1 %'));
console.log(`\nfuzziness ${DEFAULT_MATCH_SETTINGS.fuzziness}, exact dates of birth; applicants give name, date of birth and address (no government ID); ${((performance.now() - started) / 1000).toFixed(1)} s`);
await db.close();
