import { isChineseSyllable, splitEastAsianSyllables } from '../normalize/east-asian-syllables.js';
import type { TokenInfo } from './token-info.js';

/** The most two different Chinese or Korean names score: below the token match floor. */
export const OTHER_SYLLABLE_SIMILARITY = 0.6;
/** Two romanisations of one Chinese name (Zhou ~ Chou ~ Jou, Xi Jinping ~ Hsi Chin-ping). */
export const ROMANISATION_SIMILARITY = 0.92;

/** Pinyin, Wade-Giles and older spellings of Chinese syllables folded to one key: the sounds they share. */
const READING: Array<[RegExp, string]> = [
  [/hs|sh|x/g, 's'], [/zh|ch|q|j/g, 'j'], [/tz|ts|c|z/g, 'z'], [/k/g, 'g'], [/t/g, 'd'], [/p/g, 'b'],
  [/ien$/g, 'ian'], [/iung$/g, 'iong'], [/ung$/g, 'ong'], [/ou$/g, 'o'], [/uo$/g, 'o'], [/ee$/g, 'i'], [/([aeiou])h$/g, '$1'],
];

function readingKey(syllable: string): string {
  let s = syllable;
  for (const [re, to] of READING) s = s.replace(re, to);
  return s;
}

/** A token's syllables with their reading keys, and the keys joined (computed once per token text). */
interface Syllables {
  syllables: string[];
  keys: string[];
  reading: string;
}
const cache = new Map<string, Syllables | null>();
function syllablesOf(text: string): Syllables | undefined {
  let s = cache.get(text);
  if (s === undefined) {
    if (cache.size > 100_000) cache.clear();
    const syllables = splitEastAsianSyllables(text, true) ?? splitEastAsianSyllables(text);
    const keys = syllables?.map(readingKey);
    s = syllables && keys ? { syllables, keys, reading: keys.join('') } : null;
    cache.set(text, s);
  }
  return s ?? undefined;
}

/**
 * Whether two split names differ in exactly one syllable, both of them Chinese, the others the same
 * (Keqiang ≠ Keming, Jinping ≠ Jinan): one different character. Western names that happen to split into
 * syllables (Mohammed, Hassan) differ in more than one, or in syllables Chinese does not have.
 */
function oneChineseSyllableApart(x: Syllables, y: Syllables): boolean {
  const a = x.syllables;
  const b = y.syllables;
  if (a.length !== b.length || a.length < 2 || a.length > 3) return false;
  let differing = 0;
  for (let i = 0; i < a.length; i++) {
    if (x.keys[i] === y.keys[i]) continue;
    if (!isChineseSyllable(a[i]!) || !isChineseSyllable(b[i]!)) return false;
    differing++;
  }
  return differing === 1;
}

/**
 * A comparison rule for Chinese and Korean names, or undefined when it does not apply. Two names written in the
 * same East Asian script that differ are different characters or syllables: different people (张德江 ≠ 张德林,
 * 김정은 ≠ 김정일). Two romanised names that read the same syllable by syllable are one (Zhou ~ Chou); that differ
 * in a syllable are two (Li Keqiang ≠ Li Keming).
 */
export function eastAsianSimilarity(a: TokenInfo, b: TokenInfo): number | undefined {
  if (a.text === b.text) return undefined;
  if (a.script === b.script && (a.script === 'han' || a.script === 'hangul')) return OTHER_SYLLABLE_SIMILARITY;
  const syllabic = (t: TokenInfo) => t.eastAsianSyllables || t.script === 'han';
  if (!syllabic(a) || !syllabic(b)) return undefined;
  const sa = syllablesOf(a.text);
  const sb = syllablesOf(b.text);
  if (!sa || !sb) return undefined;
  if (sa.reading === sb.reading) return ROMANISATION_SIMILARITY;
  if (oneChineseSyllableApart(sa, sb)) return OTHER_SYLLABLE_SIMILARITY;
  return undefined;
}
