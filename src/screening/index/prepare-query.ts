import { normalizeName } from '../normalize/normalize-name.js';
import { nicknamesOf } from '../normalize/nicknames.js';
import type { TokenInfo } from '../score/token-info.js';
import { tokenInfo } from '../score/token-info.js';
import { TOKEN_MATCH_FLOOR } from '../score/align-names.js';
import { tokenSimilarity } from '../score/token-similarity.js';
import type { ListEntityType } from '../types.js';
import { deletions, MIN_FUZZY_LENGTH } from './deletions.js';
import type { ScreeningIndex } from './screening-index.js';
import type { Vocabulary } from './vocabulary.js';
import { weightOf } from './vocabulary.js';

/** A query name tokenised and looked up in an index's vocabulary. */
export interface PreparedQuery {
  tokens: TokenInfo[];
  /** Weight of each query token: that of the vocabulary token it is most like (unknown tokens weigh 1). */
  weights: Float64Array;
  /** Per query token: similarity to vocabulary tokens (found ones, filled further on demand while scoring). */
  similar: Array<Map<number, number>>;
  totalWeight: number;
}

export function prepareQuery(index: ScreeningIndex, name: string, type?: ListEntityType): PreparedQuery {
  const normalized = normalizeName(name, type);
  const tokens = normalized.tokens.map((t) => tokenInfo(t, normalized.script));
  const vocabulary = index.vocabulary;
  const weights = new Float64Array(tokens.length);
  const similar: Array<Map<number, number>> = [];
  let totalWeight = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const found = token.kind === 'word' ? similarTokens(vocabulary, token) : new Map<number, number>();
    if (token.kind === 'soft') for (const id of vocabulary.withText(token.text)) found.set(id, 1);
    similar.push(found);
    let best = -1;
    let bestScore = 0;
    for (const [id, s] of found) {
      if (s > bestScore || (s === bestScore && vocabulary.df[id] > vocabulary.df[best])) {
        best = id;
        bestScore = s;
      }
    }
    // A query token weighs what the list token it is most like weighs (a misspelt title still weighs like a title).
    weights[i] = best >= 0 && token.kind === 'word' ? vocabulary.weights[best] : weightOf(token, best >= 0 ? vocabulary.df[best] : 0, index.nameCount);
    totalWeight += weights[i];
  }
  return { tokens, weights, similar, totalWeight };
}

/**
 * Vocabulary tokens like a query token: same text or article-less stem, same phonetic key, within one edit
 * (symmetric one-deletion neighbourhoods, which also cover substitutions and transpositions), nicknames, and —
 * across scripts — the same consonant skeleton, or one within an edit for long skeletons. Only those at least
 * TOKEN_MATCH_FLOOR alike are kept.
 */
function similarTokens(vocabulary: Vocabulary, token: TokenInfo): Map<number, number> {
  const ids = new Set<number>();
  const add = (list: readonly number[]) => addAll(ids, list);
  add(vocabulary.withText(token.text));
  if (token.stem !== token.text) add(vocabulary.withText(token.stem));
  for (const nick of nicknamesOf(token.text)) add(vocabulary.withText(nick));
  if (token.text.length >= MIN_FUZZY_LENGTH) {
    add(vocabulary.withPhonetic(token.phonetic));
    add(vocabulary.withDeletion(token.text));
    for (const d of deletions(token.text)) {
      add(vocabulary.withText(d));
      add(vocabulary.withDeletion(d));
    }
  }
  if ((token.nonLatin || vocabulary.hasNonLatin) && token.skeleton.length >= 2) {
    for (const id of vocabulary.withSkeleton(token.skeleton)) if (vocabulary.tokens[id].nonLatin !== token.nonLatin) ids.add(id);
    for (const id of vocabulary.acrossScripts(token.skeleton, token.nonLatin)) ids.add(id);
  }
  const found = new Map<number, number>();
  for (const id of ids) {
    const s = tokenSimilarity(token, vocabulary.tokens[id]);
    if (s >= TOKEN_MATCH_FLOOR) found.set(id, s);
  }
  return found;
}

function addAll(ids: Set<number>, list: readonly number[]): void {
  for (const id of list) ids.add(id);
}
