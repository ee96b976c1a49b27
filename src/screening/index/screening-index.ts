import { normalizeName } from '../normalize/normalize-name.js';
import type { ListEntity } from '../types.js';
import { Vocabulary } from './vocabulary.js';

/** Names of list entities, tokenised once, with an inverted index from token to names. Immutable once built. */
export interface ScreeningIndex {
  readonly entities: readonly ListEntity[];
  readonly vocabulary: Vocabulary;
  /** Per indexed name: its entity (index into `entities`) and which of the entity's names it is. */
  readonly nameEntity: Int32Array;
  readonly nameOrdinal: Int32Array;
  /** Tokens of name i are nameTokens[nameStart[i] .. nameStart[i+1]). */
  readonly nameStart: Int32Array;
  readonly nameTokens: Int32Array;
  /** Names containing token t are postingNames[postingStart[t] .. postingStart[t+1]). */
  readonly postingStart: Int32Array;
  readonly postingNames: Int32Array;
  readonly nameCount: number;
}

/** Tokenises every name of every entity and builds the inverted index. */
export function buildIndex(entities: readonly ListEntity[]): ScreeningIndex {
  const vocabulary = new Vocabulary();
  const nameEntity: number[] = [];
  const nameOrdinal: number[] = [];
  const nameStart: number[] = [0];
  const tokens: number[] = [];
  const seen = new Set<string>();
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e];
    seen.clear();
    for (let o = 0; o < entity.names.length; o++) {
      const normalized = normalizeName(entity.names[o].name, entity.type);
      if (normalized.tokens.length === 0) continue;
      const key = normalized.tokens.map((t) => t.text).join(' ');
      if (seen.has(key)) continue; // the same name twice (an alias equal to the primary name once folded)
      seen.add(key);
      for (const t of normalized.tokens) tokens.push(vocabulary.intern(t, normalized.script));
      nameEntity.push(e);
      nameOrdinal.push(o);
      nameStart.push(tokens.length);
    }
  }
  const nameCount = nameEntity.length;
  const nameTokens = Int32Array.from(tokens);
  const starts = Int32Array.from(nameStart);
  // Postings in CSR form; a token repeated within one name is posted once.
  const df = new Int32Array(vocabulary.tokens.length);
  const lastName = new Int32Array(vocabulary.tokens.length).fill(-1);
  for (let n = 0; n < nameCount; n++) {
    for (let i = starts[n]; i < starts[n + 1]; i++) {
      const t = nameTokens[i];
      if (lastName[t] !== n) {
        lastName[t] = n;
        df[t]++;
      }
    }
  }
  const postingStart = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) postingStart[t + 1] = postingStart[t] + df[t];
  const fill = postingStart.slice(0, df.length);
  const postingNames = new Int32Array(postingStart[df.length]);
  lastName.fill(-1);
  for (let n = 0; n < nameCount; n++) {
    for (let i = starts[n]; i < starts[n + 1]; i++) {
      const t = nameTokens[i];
      if (lastName[t] !== n) {
        lastName[t] = n;
        postingNames[fill[t]++] = n;
      }
    }
  }
  vocabulary.setFrequencies(df, nameCount);
  return {
    entities,
    vocabulary,
    nameEntity: Int32Array.from(nameEntity),
    nameOrdinal: Int32Array.from(nameOrdinal),
    nameStart: starts,
    nameTokens,
    postingStart,
    postingNames,
    nameCount,
  };
}
