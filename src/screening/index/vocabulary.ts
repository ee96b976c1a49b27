import type { Script } from '../normalize/fold-text.js';
import type { NameToken } from '../normalize/normalize-name.js';
import { tokenInfo, type TokenInfo } from '../score/token-info.js';
import { deletions, MIN_FUZZY_LENGTH } from './deletions.js';

/** Every distinct token of the indexed names, with its document frequency and lookup tables for similar tokens. */
export class Vocabulary {
  readonly tokens: TokenInfo[] = [];
  /** Number of indexed names that contain the token. */
  df: Int32Array = new Int32Array(0);
  /** IDF-based weight in [MIN_WORD_WEIGHT, 1]; soft tokens and initials get fixed weights. */
  weights: Float32Array = new Float32Array(0);
  hasNonLatin = false;
  private readonly ids = new Map<string, number>();
  private readonly byText = new Map<string, number[]>();
  private readonly byPhonetic = new Map<string, number[]>();
  private readonly byDeletion = new Map<string, number[]>();
  private readonly bySkeleton = new Map<string, number[]>();

  /** Id of a token, adding it when new. A token from a non-Latin name is kept apart from the same Latin text. */
  intern(token: NameToken, script: Script): number {
    const key = `${script === 'latin' ? '' : `${script}~`}${token.kind[0]}${token.text}`;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.tokens.length;
    const info = tokenInfo(token, script);
    this.tokens.push(info);
    this.ids.set(key, id);
    if (info.nonLatin) this.hasNonLatin = true;
    push(this.byText, info.text, id);
    if (info.stem !== info.text) push(this.byText, info.stem, id);
    if (info.kind === 'word') {
      if (info.text.length >= MIN_FUZZY_LENGTH) {
        push(this.byPhonetic, info.phonetic, id);
        for (const d of deletions(info.text)) push(this.byDeletion, d, id);
      }
      if (info.skeleton.length >= 2) push(this.bySkeleton, info.skeleton, id);
    }
    return id;
  }

  /** Sets document frequencies (indexed by token id) and derives the weights. */
  setFrequencies(df: Int32Array, nameCount: number): void {
    this.df = df;
    this.weights = new Float32Array(df.length);
    for (let id = 0; id < df.length; id++) this.weights[id] = weightOf(this.tokens[id], df[id], nameCount);
  }

  withText(text: string): readonly number[] {
    return this.byText.get(text) ?? NONE;
  }
  withPhonetic(key: string): readonly number[] {
    return this.byPhonetic.get(key) ?? NONE;
  }
  withDeletion(text: string): readonly number[] {
    return this.byDeletion.get(text) ?? NONE;
  }
  withSkeleton(key: string): readonly number[] {
    return this.bySkeleton.get(key) ?? NONE;
  }
}

const NONE: readonly number[] = [];

export const SOFT_WEIGHT = 0.2;
export const INITIAL_WEIGHT = 0.6;
export const MIN_WORD_WEIGHT = 0.3;

/**
 * Weight of a token: words by inverse document frequency, from MIN_WORD_WEIGHT (in every name) to 1 (in one name
 * or unknown), so that common parts (muhammad, ali) count less than rare ones; soft tokens and initials fixed.
 */
export function weightOf(token: TokenInfo, df: number, nameCount: number): number {
  if (token.kind === 'soft') return SOFT_WEIGHT;
  if (token.kind === 'initial') return INITIAL_WEIGHT;
  if (df <= 1 || nameCount <= 1) return 1;
  const idf = Math.log(1 + nameCount / df) / Math.log(1 + nameCount);
  return MIN_WORD_WEIGHT + (1 - MIN_WORD_WEIGHT) * idf;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== id) list.push(id);
  } else map.set(key, [id]);
}
