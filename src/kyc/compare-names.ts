import { normalizeName } from '../screening/normalize/normalize-name.js';
import { phoneticKey } from '../screening/normalize/phonetic-key.js';
import { alignNames } from '../screening/score/align-names.js';
import { tokenInfo, type TokenInfo } from '../screening/score/token-info.js';
import { tokenSimilarity } from '../screening/score/token-similarity.js';

// KYC compares names with the screening normaliser and scorer (diacritics, transliteration, nicknames, token
// order, initials): this file is the one place that reaches into src/screening for it.

/** A name (or one name part) folded and tokenised once, ready for comparisons. */
export interface PreparedName {
  text: string;
  tokens: TokenInfo[];
  weights: Float64Array;
}

const EMPTY: PreparedName = { text: '', tokens: [], weights: new Float64Array(0) };

export function prepareName(raw: string | undefined): PreparedName {
  if (!raw || raw.trim() === '') return EMPTY;
  const normalized = normalizeName(raw, 'person');
  const tokens = normalized.tokens.map((t) => tokenInfo(t, normalized.script));
  // Titles and particles say little about who a person is.
  const weights = Float64Array.from(tokens.map((t) => (t.kind === 'soft' ? 0.2 : t.kind === 'initial' ? 0.5 : 1)));
  return { text: tokens.map((t) => t.text).join(' '), tokens, weights };
}

/** Two prepared names joined (given + middle + family) for the full-name comparison. */
export function joinNames(...names: PreparedName[]): PreparedName {
  const parts = names.filter((n) => n.tokens.length > 0);
  if (parts.length === 0) return EMPTY;
  const tokens = parts.flatMap((p) => p.tokens);
  const weights = new Float64Array(tokens.length);
  let i = 0;
  for (const p of parts) for (const w of p.weights) weights[i++] = w;
  return { text: tokens.map((t) => t.text).join(' '), tokens, weights };
}

/**
 * Similarity of two names in [0, 1] by the screening scorer (order-insensitive alignment of their parts).
 * `exact`: parts count only when equal after normalisation (fuzziness 0): no typos, nicknames or sound-alikes.
 */
export function nameSimilarity(a: PreparedName, b: PreparedName, exact: boolean): number {
  if (a.tokens.length === 0 || b.tokens.length === 0) return 0;
  if (a.text === b.text) return 1;
  const alignment = alignNames(a.tokens, a.weights, b.tokens, b.weights, (q, n) => {
    const x = a.tokens[q];
    const y = b.tokens[n];
    if (!x || !y) return 0;
    if (exact) return x.text === y.text ? 1 : x.kind === 'initial' || y.kind === 'initial' ? (x.text[0] === y.text[0] ? 0.9 : 0) : 0;
    return tokenSimilarity(x, y);
  });
  return alignment.score;
}

/**
 * The forms of a name's words that candidate lookup indexes (initials and titles left out): each
 * word's phonetic key, and its first three letters marked with `~` (a typo that changes the sound, nathab for
 * nathan, keeps the start; a typo at the start keeps the sound).
 */
export function lookupWordForms(raw: string | undefined): Array<[phonetic: string, prefix: string]> {
  if (!raw || raw.trim() === '') return [];
  // Only the words and their phonetic keys: the scorer's other token keys are not needed to index.
  return normalizeName(raw, 'person').tokens.filter((t) => t.kind === 'word' && t.text.length >= 2).map((t) => [phoneticKey(t.text), `~${t.text.slice(0, 3)}`]);
}
