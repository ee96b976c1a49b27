/**
 * Weighted edit similarity of two marked skeletons (see normalize/marked-skeleton.ts). Plain consonant classes
 * cost 1 to insert, delete or swap; the marked sounds cost less where scripts are known to lose or shift them.
 */

/** Cost of inserting or deleting a letter: a dropped r or w glide is cheap, any other consonant is not. */
const INDEL = new Float64Array(128).fill(1);
INDEL['R'.charCodeAt(0)] = 0.3;
INDEL['W'.charCodeAt(0)] = 0.3;

const NEAR: Array<[string, number]> = [
  // r not before a vowel is still an r (or an l) where the other script keeps it.
  ['Rr', 0],
  // th is t or s.
  ['Tt', 0], ['Ts', 0], ['TJ', 0.4],
  // A v or b written as a w glide (pinyin wei for ve).
  ['Wp', 0.3],
  // The j/ch/sh sounds are s-like (a g, k or t written ji or chi stays a full edit: pinyin names would collide).
  ['Js', 0.2],
];

/** Substitution costs by character codes (skeletons are ASCII), symmetric. */
const SUBSTITUTION = new Float64Array(128 * 128).fill(1);
for (let c = 0; c < 128; c++) SUBSTITUTION[c * 128 + c] = 0;
for (const [pair, cost] of NEAR) {
  const a = pair.charCodeAt(0);
  const b = pair.charCodeAt(1);
  SUBSTITUTION[a * 128 + b] = cost;
  SUBSTITUTION[b * 128 + a] = cost;
}

let row = new Float64Array(32);
let prevRow = new Float64Array(32);

/** Weighted edit distance between two marked skeletons. */
export function markedDistance(a: string, b: string): number {
  const lb = b.length;
  if (lb + 1 > row.length) {
    row = new Float64Array((lb + 1) * 2);
    prevRow = new Float64Array((lb + 1) * 2);
  }
  let prev = prevRow;
  let cur = row;
  prev[0] = 0;
  for (let j = 1; j <= lb; j++) prev[j] = prev[j - 1] + INDEL[b.charCodeAt(j - 1) & 127];
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1) & 127;
    const deleteA = INDEL[ca];
    cur[0] = prev[0] + deleteA;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1) & 127;
      cur[j] = Math.min(prev[j] + deleteA, cur[j - 1] + INDEL[cb], prev[j - 1] + SUBSTITUTION[ca * 128 + cb]);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
}

/** 1 − weighted distance over the longer skeleton's length, in [0, 1]. */
export function markedSimilarity(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  if (max === 0) return 1;
  return Math.max(0, 1 - markedDistance(a, b) / max);
}
