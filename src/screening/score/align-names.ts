import type { Script } from '../normalize/fold-text.js';
import { tokenInfo, type TokenInfo } from './token-info.js';
import { GIVEN_NAME_SWAP_CAP, TITLE_FOR_GIVEN_NAME_SCORE, isGivenNameSwap, isTitleForGivenName } from './name-part-rules.js';
import { tokenSimilarity } from './token-similarity.js';

/** Token pairs below this similarity are not counted as matched. */
export const TOKEN_MATCH_FLOOR = 0.7;
/** Weight of the better-covered side in the name score; the other side gets the rest. */
const BETTER_SIDE_WEIGHT = 0.6;
/** Multiplier when every matched part of a multi-part name matched only through a cross-script transliteration. */
export const TRANSLITERATION_ONLY_FACTOR = 0.93;
/** Multiplier when a single full name part is all that matched while one of the names has several. */
export const SINGLE_PART_FACTOR = 0.85;

export interface TokenPair {
  query: number;
  name: number;
  score: number;
  /** The next query (or name) token, when the pair is two adjacent tokens written as one on the other side. */
  query2?: number;
  name2?: number;
}

export interface NameAlignment {
  /** Name score in [0, 1] before adjustments. */
  score: number;
  /** Weighted share of the query explained by the list name, and of the list name by the query. */
  queryCoverage: number;
  nameCoverage: number;
  pairs: TokenPair[];
  /** Only one full name part (besides initials and soft words) matched, while a name has several (score lowered). */
  singlePart: boolean;
  /** Names in different scripts whose parts all matched only through their consonant skeletons (score lowered). */
  transliterationOnly: boolean;
  /** A name in Chinese characters or Hangul against its romanisation, compared by reading alone (see comparedByReading). */
  byReading: boolean;
  /** Common given names in swapped order (Thomas Paul / Paul Thomas): the score is capped below a strong match. */
  givenNameSwap?: boolean;
}

/**
 * Aligns query tokens to list-name tokens one-to-one (greedy best pairs first, order-insensitive) and scores
 * the alignment: each side's coverage is the weight of its matched tokens times their similarity over its total
 * weight; the score leans on the better-covered side (a dropped middle name or an extra patronymic costs
 * little) but not only on it (a single shared surname does not make two names one). `similarity` gives token
 * similarities (callers cache them), except for names compared by reading, whose tokens are compared here.
 */
export function alignNames(
  queryTokens: readonly TokenInfo[],
  queryWeights: ArrayLike<number>,
  nameTokens: readonly TokenInfo[],
  nameWeights: ArrayLike<number>,
  similarity: (q: number, n: number) => number,
): NameAlignment {
  const byReading = comparedByReading(queryTokens, nameTokens);
  const query = byReading ? queryTokens.map(asReading) : queryTokens;
  const name = byReading ? nameTokens.map(asReading) : nameTokens;
  const candidates: TokenPair[] = [];
  for (let q = 0; q < query.length; q++) {
    for (let n = 0; n < name.length; n++) {
      const score = byReading ? tokenSimilarity(query[q], name[n], false) : similarity(q, n);
      if (score >= TOKEN_MATCH_FLOOR) candidates.push({ query: q, name: n, score });
    }
  }
  joinedCandidates(query, name, true, !byReading, candidates);
  joinedCandidates(name, query, false, !byReading, candidates);
  candidates.sort((x, y) => y.score - x.score || pairWeight(y, queryWeights, nameWeights) - pairWeight(x, queryWeights, nameWeights));
  const usedQ = new Uint8Array(query.length);
  const usedN = new Uint8Array(name.length);
  const pairs: TokenPair[] = [];
  let matchedQ = 0;
  let matchedN = 0;
  let matchedWords = 0;
  let matchedInitials = 0;
  for (const c of candidates) {
    if (usedQ[c.query] || usedN[c.name] || (c.query2 !== undefined && usedQ[c.query2]) || (c.name2 !== undefined && usedN[c.name2])) continue;
    usedQ[c.query] = 1;
    usedN[c.name] = 1;
    if (c.query2 !== undefined) usedQ[c.query2] = 1;
    if (c.name2 !== undefined) usedN[c.name2] = 1;
    pairs.push(c);
    matchedQ += (queryWeights[c.query] + (c.query2 !== undefined ? queryWeights[c.query2] : 0)) * c.score;
    matchedN += (nameWeights[c.name] + (c.name2 !== undefined ? nameWeights[c.name2] : 0)) * c.score;
    // Two parts written as one (xijinping ~ xi jinping) are two matched parts.
    if (query[c.query].kind === 'word' && name[c.name].kind === 'word') matchedWords += c.query2 !== undefined || c.name2 !== undefined ? 2 : 1;
    else if (query[c.query].kind !== 'soft' && name[c.name].kind !== 'soft') matchedInitials++;
  }
  let totalQ = 0;
  for (let i = 0; i < query.length; i++) totalQ += queryWeights[i];
  let totalN = 0;
  for (let i = 0; i < name.length; i++) totalN += nameWeights[i];
  const queryCoverage = totalQ > 0 ? matchedQ / totalQ : 0;
  const nameCoverage = totalN > 0 ? matchedN / totalN : 0;
  const better = Math.max(queryCoverage, nameCoverage);
  const worse = Math.min(queryCoverage, nameCoverage);
  let score = BETTER_SIDE_WEIGHT * better + (1 - BETTER_SIDE_WEIGHT) * worse;
  const singlePart = matchedWords + matchedInitials <= 1 && Math.max(countParts(query), countParts(name)) >= 2;
  if (singlePart) score *= SINGLE_PART_FACTOR;
  const transliterationOnly = !byReading && matchedWords >= 2 && pairs.every((p) => (p.query2 !== undefined || p.name2 !== undefined ? query[p.query].nonLatin !== name[p.name].nonLatin : !sameText(query[p.query], name[p.name])));
  if (transliterationOnly) score *= TRANSLITERATION_ONLY_FACTOR;
  if (isTitleForGivenName(query, name, pairs)) score = Math.max(score, TITLE_FOR_GIVEN_NAME_SCORE);
  const givenNameSwap = isGivenNameSwap(query, name, pairs);
  if (givenNameSwap) score = Math.min(score, GIVEN_NAME_SWAP_CAP);
  return { score, queryCoverage, nameCoverage, pairs, singlePart, transliterationOnly, byReading, givenNameSwap };
}

/** Whether a cross-script pair is alike in its romanised text too, not only in its consonant skeleton. */
function sameText(a: TokenInfo, b: TokenInfo): boolean {
  return a.nonLatin === b.nonLatin || tokenSimilarity({ ...a, nonLatin: b.nonLatin, script: b.script }, b) >= TOKEN_MATCH_FLOOR;
}

function countParts(tokens: readonly TokenInfo[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind !== 'soft') n++;
  return n;
}

function pairWeight(p: TokenPair, queryWeights: ArrayLike<number>, nameWeights: ArrayLike<number>): number {
  return queryWeights[p.query] + (p.query2 !== undefined ? queryWeights[p.query2] : 0) + nameWeights[p.name] + (p.name2 !== undefined ? nameWeights[p.name2] : 0);
}

/**
 * Candidate pairs of one token with two adjacent tokens of the other side written as one (abdulrahman ~ abdul
 * rahman, jongun ~ jong un, xijinping ~ xi jinping); only where the first letters agree, to keep it cheap.
 */
function joinedCandidates(single: readonly TokenInfo[], double: readonly TokenInfo[], singleIsQuery: boolean, transliteration: boolean, out: TokenPair[]): void {
  for (let d = 0; d + 1 < double.length; d++) {
    if (double[d].kind !== 'word' || double[d + 1].kind !== 'word') continue;
    const first = double[d].text[0];
    for (let i = 0; i < single.length; i++) {
      if (single[i].kind !== 'word' || single[i].text.length < double[d].text.length + 2) continue;
      // Romanisations of one Chinese name may start with other letters (qiliang ~ chi liang).
      if (single[i].text[0] !== first && !(single[i].eastAsianSyllables && double[d].eastAsianSyllables)) continue;
      const score = tokenSimilarity(single[i], joinedToken(double[d], double[d + 1]), transliteration);
      if (score < TOKEN_MATCH_FLOOR) continue;
      out.push(singleIsQuery ? { query: i, name: d, name2: d + 1, score } : { query: d, query2: d + 1, name: i, score });
    }
  }
}

/**
 * A romanised East Asian token as it is compared with a name in Chinese characters, whose pinyin q and x are
 * read as ch and sh (see normalize/fold-text.ts): xi ~ 习 shi. Other tokens are returned as they are.
 */
export function asReading(token: TokenInfo): TokenInfo {
  if (token.script !== 'latin' || !/[qx]/.test(token.text)) return token;
  return derivedToken(`r${token.kind[0]}${token.text}`, token.text.replace(/q/g, 'ch').replace(/x/g, 'sh'), token.kind, 'latin');
}

/** Two tokens written as one. */
function joinedToken(a: TokenInfo, b: TokenInfo): TokenInfo {
  const text = a.text + b.text;
  return derivedToken(`j${a.script}~${text}`, text, 'word', a.script);
}

const derivedCache = new Map<string, TokenInfo>();
const DERIVED_CACHE_SIZE = 20_000;

/** Info of a token made while scoring (cached: its phonetic keys cost more than the comparison). */
function derivedToken(key: string, text: string, kind: TokenInfo['kind'], script: Script): TokenInfo {
  let info = derivedCache.get(key);
  if (!info) {
    if (derivedCache.size >= DERIVED_CACHE_SIZE) derivedCache.clear();
    info = tokenInfo({ text, kind }, script);
    derivedCache.set(key, info);
  }
  return info;
}

function isEastAsianScript(tokens: readonly TokenInfo[]): boolean {
  return tokens.some((t) => t.script === 'han' || t.script === 'hangul');
}

/** A Latin name of two or more parts, each a run of Chinese or Korean syllables (Zhang Shilong, Kim Jong Un). */
function isRomanizedEastAsianName(tokens: readonly TokenInfo[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (!t.eastAsianSyllables) return false;
    words++;
  }
  return words >= 2;
}

/**
 * Whether two names are one in Chinese characters or Hangul and one in that language's romanisation: their
 * parts are then compared by reading alone, without the consonant skeletons meant for Western names written
 * in those scripts (see normalize/east-asian-syllables.ts).
 */
export function comparedByReading(a: readonly TokenInfo[], b: readonly TokenInfo[]): boolean {
  return (isEastAsianScript(a) && isRomanizedEastAsianName(b)) || (isEastAsianScript(b) && isRomanizedEastAsianName(a));
}
