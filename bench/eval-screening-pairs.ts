/** Precision and recall per kind over idflow's own labelled pairs (bench/screening-pairs.ts); `--verbose` lists the errors. */
import { compareNames, DEFAULT_THRESHOLD, STRONG_THRESHOLD } from '../src/screening/matcher.js';
import { labelledPairs } from './screening-pairs.js';

export interface KindFigures {
  kind: string;
  pairs: number;
  precision: number;
  recall: number;
  errors: string[];
}

/** Scores every pair; a pair marked `strict` counts as predicted the same party only at the strong-match score. */
export function evaluatePairs(): KindFigures[] {
  const byKind = new Map<string, { tp: number; fp: number; fn: number; n: number; errors: string[] }>();
  for (const p of labelledPairs()) {
    const r = compareNames(p.a, p.b, { type: p.type });
    const predicted = r.score >= (p.strict ? STRONG_THRESHOLD : DEFAULT_THRESHOLD);
    const k = byKind.get(p.kind) ?? { tp: 0, fp: 0, fn: 0, n: 0, errors: [] };
    k.n++;
    if (predicted && p.label === 1) k.tp++;
    else if (predicted && p.label === 0) k.fp++;
    else if (!predicted && p.label === 1) k.fn++;
    if (predicted !== (p.label === 1)) k.errors.push(`  ${p.label ? 'missed' : 'false '} ${r.score.toFixed(3)}  ${p.a}  |  ${p.b}`);
    byKind.set(p.kind, k);
  }
  return [...byKind].map(([kind, k]) => ({
    kind,
    pairs: k.n,
    // Precision of a kind with no positive prediction at all is taken as 1 (nothing wrongly matched).
    precision: k.tp + k.fp === 0 ? 1 : k.tp / (k.tp + k.fp),
    recall: k.tp + k.fn === 0 ? 1 : k.tp / (k.tp + k.fn),
    errors: k.errors,
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = evaluatePairs();
  for (const f of figures) {
    console.log(`${f.kind.padEnd(16)} pairs ${String(f.pairs).padStart(4)}  precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}`);
    if (process.argv.includes('--verbose')) console.log(f.errors.join('\n'));
  }
  console.log(`all              pairs ${figures.reduce((n, f) => n + f.pairs, 0)}`);
}
