/**
 * Weighted edit similarity of two marked skeletons (see normalize/marked-skeleton.ts), one Latin and one
 * transliterated. Plain consonant classes cost 1 to insert, delete or swap; the marked sounds cost less where
 * the other name's script is known to lose or shift them.
 */
import type { Script } from '../normalize/fold-text.js';

/** Inserting or deleting these is cheap: a dropped r or w glide, the g of a final ng, a kh for a silent Latin h. */
const CHEAP_INDEL: Array<[string, number]> = [['R', 0.3], ['W', 0.3], ['Q', 0.3], ['H', 0.3]];

const NEAR: Array<[string, number]> = [
  // r not before a vowel is still an r (or an l) where the other script keeps it.
  ['Rr', 0],
  // th is t or s.
  ['Tt', 0], ['Ts', 0], ['TJ', 0.4],
  // A v or b written as a w glide (pinyin wei for ve).
  ['Wp', 0.3],
  // The j/ch/sh sounds are s-like.
  ['Js', 0.2],
  // A Latin g is a k-class sound, and the g of a final ng is one when the other side keeps it.
  ['Gk', 0], ['Qk', 0], ['GQ', 0],
  // A g written with the other script's j (Arabic ج, Cyrillic дж, pinyin ji, Hangul ㅈ).
  ['GJ', 0.2],
  // A kh is a k, or the ch of German and Dutch names (reichenau ↔ райхенау).
  ['Hk', 0], ['HG', 0], ['HJ', 0.2],
];

/**
 * Chinese characters and Hangul write a ki or ke the way they write a ji or chi (基 ji, 奇 qi, 치 chi: sidiki ↔
 * 西迪奇 shidichi). Kept to these scripts: elsewhere a j for a k would join names that differ (kamal, jamal).
 */
const EAST_ASIAN_NEAR: Array<[string, number]> = [['kJ', 0.3]];

interface Costs {
  indel: Float64Array;
  substitution: Float64Array;
}

/** Costs by character codes (skeletons are ASCII), symmetric. */
function costs(near: Array<[string, number]>): Costs {
  const indel = new Float64Array(128).fill(1);
  for (const [c, cost] of CHEAP_INDEL) indel[c.charCodeAt(0)] = cost;
  const substitution = new Float64Array(128 * 128).fill(1);
  for (let c = 0; c < 128; c++) substitution[c * 128 + c] = 0;
  for (const [pair, cost] of near) {
    const a = pair.charCodeAt(0);
    const b = pair.charCodeAt(1);
    substitution[a * 128 + b] = cost;
    substitution[b * 128 + a] = cost;
  }
  return { indel, substitution };
}

const DEFAULT_COSTS = costs(NEAR);
const EAST_ASIAN_COSTS = costs([...NEAR, ...EAST_ASIAN_NEAR]);

/** The costs for comparing a Latin name with one transliterated from `script`. */
function costsFor(script: Script): Costs {
  return script === 'han' || script === 'hangul' ? EAST_ASIAN_COSTS : DEFAULT_COSTS;
}

let row = new Float64Array(32);
let prevRow = new Float64Array(32);

/** Weighted edit distance between two marked skeletons, the second transliterated from `script`. */
export function markedDistance(a: string, b: string, script: Script = 'other'): number {
  const { indel, substitution } = costsFor(script);
  const lb = b.length;
  if (lb + 1 > row.length) {
    row = new Float64Array((lb + 1) * 2);
    prevRow = new Float64Array((lb + 1) * 2);
  }
  let prev = prevRow;
  let cur = row;
  prev[0] = 0;
  for (let j = 1; j <= lb; j++) prev[j] = prev[j - 1] + indel[b.charCodeAt(j - 1) & 127];
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1) & 127;
    const deleteA = indel[ca];
    cur[0] = prev[0] + deleteA;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1) & 127;
      cur[j] = Math.min(prev[j] + deleteA, cur[j - 1] + indel[cb], prev[j - 1] + substitution[ca * 128 + cb]);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
}

/** 1 − weighted distance over the longer skeleton's length, in [0, 1]. */
export function markedSimilarity(a: string, b: string, script: Script = 'other'): number {
  const max = Math.max(a.length, b.length);
  if (max === 0) return 1;
  return Math.max(0, 1 - markedDistance(a, b, script) / max);
}
