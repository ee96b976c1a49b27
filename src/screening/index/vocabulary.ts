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
  /** Per side (Latin, non-Latin): word tokens by consonant skeleton and its one-deletion variants, built when first asked for. */
  private readonly skeletonNeighbours: Array<Map<string, number[]> | undefined> = [undefined, undefined];

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

  /**
   * Word tokens on the other side of the Latin/non-Latin divide whose consonant skeleton is within one edit of
   * `skeleton` (symmetric one-deletion neighbourhoods): a transliteration keeps a name's consonants, give or
   * take one (battiston ↔ 巴蒂斯通 badisitong, spellerberg ↔ سبيليربيرج sbylyrbyrj). Only for skeletons of
   * MIN_NEIGHBOUR_SKELETON consonants or more.
   */
  acrossScripts(skeleton: string, fromNonLatin: boolean): Set<number> {
    const found = new Set<number>();
    if (skeleton.length < MIN_NEIGHBOUR_SKELETON) return found;
    const map = this.neighbours(!fromNonLatin);
    for (const key of [skeleton, ...deletions(skeleton)]) for (const id of map.get(key) ?? NONE) found.add(id);
    return found;
  }

  private neighbours(nonLatin: boolean): Map<string, number[]> {
    const side = nonLatin ? 1 : 0;
    let map = this.skeletonNeighbours[side];
    if (map) return map;
    map = new Map();
    for (let id = 0; id < this.tokens.length; id++) {
      const t = this.tokens[id];
      if (t.nonLatin !== nonLatin || t.kind !== 'word' || t.skeleton.length < MIN_NEIGHBOUR_SKELETON) continue;
      push(map, t.skeleton, id);
      for (const d of deletions(t.skeleton)) push(map, d, id);
    }
    this.skeletonNeighbours[side] = map;
    return map;
  }
}

const NONE: readonly number[] = [];
/**
 * Shortest skeleton looked up within one edit. Shorter ones share their one-deletion keys with too many tokens
 * (pinyin syllables fold to few consonant classes): at four, found-by-screening rose from 68.5 to 74.0 % of the
 * transliteration pairs but a 1,000,000-name index answered at p99 22 ms; at five it is 70.8 % at 7.8 ms.
 */
const MIN_NEIGHBOUR_SKELETON = 5;

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
