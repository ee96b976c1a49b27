import { areNicknames } from '../normalize/nicknames.js';
import { ROMANISATION_SIMILARITY, eastAsianSimilarity } from './east-asian-rules.js';
import { OTHER_ENDING_SIMILARITY, differentSurnameEndings } from './name-part-rules.js';
import { markedSimilarity } from './skeleton-similarity.js';
import { editSimilarity } from './string-similarity.js';
import type { TokenInfo } from './token-info.js';

/** How two tokens were found alike, for explanations. */
export type TokenMatchKind = 'exact' | 'initial' | 'nickname' | 'phonetic' | 'article' | 'transliteration' | 'fuzzy' | 'none';

export const INITIAL_SIMILARITY = 0.9;
export const NICKNAME_SIMILARITY = 0.9;
/** Discount on similarity found only through the article-less stem. */
const STEM_FACTOR = 0.97;

/**
 * Weight of a cross-script consonant-skeleton match by the skeleton's length: two consonants in common say
 * little (hsn ~ jean), four say much (krsn: crewson ~ kelusen).
 */
function skeletonFactor(length: number): number {
  return Math.min(0.95, 0.75 + 0.05 * length);
}

/**
 * Weight of the phonetic keys' similarity across scripts, where spelling says little but the sequence of
 * consonants and vowel places still does (kiguchi ~ кигути kiguti, maxima ~ максима maksima).
 */
const CROSS_SCRIPT_PHONETIC_FACTOR = 0.92;

/** Shortest consonant skeleton the marked (forgiving) comparison applies to. */
const MIN_MARKED_LENGTH = 3;
/** English loans lose a final -er/-ar/-or r in East Asian scripts (tricker ↔ トリッカー torika). */
const NON_RHOTIC_END = /[aeiou]r$/;

function skeletonSimilarity(latin: TokenInfo, other: TokenInfo): number {
  let best = editSimilarity(latin.skeleton, other.skeleton) * skeletonFactor(Math.min(latin.skeleton.length, other.skeleton.length));
  if (NON_RHOTIC_END.test(latin.text) && latin.skeleton.length >= 3) {
    const short = latin.skeleton.slice(0, -1);
    best = Math.max(best, editSimilarity(short, other.skeleton) * skeletonFactor(Math.min(short.length, other.skeleton.length)));
  }
  // The marked skeletons forgive what scripts lose or shift (a dropped r, v as w, th as s); the base
  // skeleton's length still says how much evidence there is, and below three consonants it is too little to forgive.
  const length = Math.min(latin.skeleton.length, other.skeleton.length);
  if (length >= MIN_MARKED_LENGTH) best = Math.max(best, markedSimilarity(latin.marked, other.marked, other.script) * skeletonFactor(length));
  return best;
}


/**
 * Similarity of two tokens in [0, 1], with the kind of evidence that gave it. `transliteration: false` leaves out
 * the loose cross-script evidence, consonant skeletons and phonetic keys (names compared by reading, see
 * comparedByReading).
 */
export function compareTokens(a: TokenInfo, b: TokenInfo, transliteration = true): { score: number; kind: TokenMatchKind } {
  if (a.text === b.text) return { score: 1, kind: 'exact' };
  if (a.kind === 'initial' || b.kind === 'initial') {
    if (a.kind === b.kind) return { score: 0, kind: 'none' };
    return a.text[0] === b.text[0] ? { score: INITIAL_SIMILARITY, kind: 'initial' } : { score: 0, kind: 'none' };
  }
  if (a.hasDigit || b.hasDigit) {
    return { score: 0, kind: 'none' };
  }
  if (areNicknames(a.text, b.text)) return { score: NICKNAME_SIMILARITY, kind: 'nickname' };
  const eastAsian = eastAsianSimilarity(a, b);
  if (eastAsian !== undefined) return { score: eastAsian, kind: eastAsian >= ROMANISATION_SIMILARITY ? 'phonetic' : 'none' };
  let score = editSimilarity(a.text, b.text);
  let kind: TokenMatchKind = 'fuzzy';
  if (a.phonetic === b.phonetic && Math.min(a.text.length, b.text.length) >= (a.text[0] === b.text[0] ? 3 : 4)) {
    // Same sound: halfway from the spelling similarity to 1 (mohammed ~ muhammad 0.81 → 0.91; paul ~ powell less).
    score = (score + 1) / 2;
    kind = 'phonetic';
  }
  if (a.stem !== a.text || b.stem !== b.text) {
    const s = editSimilarity(a.stem, b.stem) * STEM_FACTOR;
    if (s > score) {
      score = s;
      kind = 'article';
    }
  }
  if (score > OTHER_ENDING_SIMILARITY && differentSurnameEndings(a, b)) {
    score = OTHER_ENDING_SIMILARITY;
    kind = 'fuzzy';
  }
  if (transliteration && a.nonLatin !== b.nonLatin && a.skeleton.length >= 2 && b.skeleton.length >= 2) {
    const s = Math.max(a.nonLatin ? skeletonSimilarity(b, a) : skeletonSimilarity(a, b), editSimilarity(a.phonetic, b.phonetic) * CROSS_SCRIPT_PHONETIC_FACTOR);
    if (s > score) {
      score = s;
      kind = 'transliteration';
    }
  }
  return { score, kind };
}

export function tokenSimilarity(a: TokenInfo, b: TokenInfo, transliteration = true): number {
  return compareTokens(a, b, transliteration).score;
}
