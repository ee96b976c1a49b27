import type { PreparedQuery } from './prepare-query.js';
import type { ScreeningIndex } from './screening-index.js';

export interface CandidateOptions {
  /** Keep names whose accumulated query weight is at least this share of the query's total weight. */
  minShare: number;
  /** At most this many names, best first. */
  max: number;
  /** Only names of entities from these sources. */
  sources?: ReadonlySet<string>;
}

/** A token posted in more names than this (and this share of all names) only adds to names already found. */
const FLOOD_POSTINGS = 2000;
const FLOOD_SHARE = 0.01;

interface Scratch {
  acc: Float32Array;
  stamp: Int32Array;
  /** Per name: index of the last query token that added to it (a name gains once per query token). */
  lastToken: Int32Array;
  query: number;
}

const scratchByIndex = new WeakMap<ScreeningIndex, Scratch>();

function scratchFor(index: ScreeningIndex): Scratch {
  let s = scratchByIndex.get(index);
  if (!s) {
    s = { acc: new Float32Array(index.nameCount), stamp: new Int32Array(index.nameCount), lastToken: new Int32Array(index.nameCount), query: 0 };
    scratchByIndex.set(index, s);
  }
  return s;
}

/**
 * Candidate names for a query: each query token adds its weight × similarity to every name posting a similar
 * vocabulary token. Rare tokens go first; a very common token (muhammad, ali) then only strengthens names already
 * found, so it cannot flood the candidates, unless the query has nothing rarer.
 */
export function findCandidates(index: ScreeningIndex, query: PreparedQuery, options: CandidateOptions): number[] {
  const s = scratchFor(index);
  const stampValue = ++s.query;
  const { acc, stamp, lastToken } = s;
  const touched: number[] = [];
  const order = query.tokens.map((_, i) => i).sort((a, b) => query.weights[b] - query.weights[a]);
  const flood = Math.max(FLOOD_POSTINGS, index.nameCount * FLOOD_SHARE);
  for (const qi of order) {
    const similar = query.similar[qi];
    if (similar.size === 0) continue;
    let postings = 0;
    for (const id of similar.keys()) postings += index.postingStart[id + 1] - index.postingStart[id];
    const onlyExisting = postings > flood && touched.length > 0;
    const w = query.weights[qi];
    for (const [id, sim] of similar) {
      const gain = w * sim;
      for (let p = index.postingStart[id], end = index.postingStart[id + 1]; p < end; p++) {
        const n = index.postingNames[p];
        if (stamp[n] !== stampValue) {
          if (onlyExisting) continue;
          stamp[n] = stampValue;
          acc[n] = gain;
          lastToken[n] = qi;
          touched.push(n);
        } else if (lastToken[n] !== qi) {
          // A name gains once per query token, even if it has two tokens like it.
          acc[n] += gain;
          lastToken[n] = qi;
        }
      }
    }
  }
  const cutoff = options.minShare * query.totalWeight;
  const kept: number[] = [];
  for (const n of touched) {
    if (acc[n] < cutoff) continue;
    if (options.sources && !options.sources.has(index.entities[index.nameEntity[n]].source)) continue;
    kept.push(n);
  }
  kept.sort((a, b) => acc[b] - acc[a]);
  if (kept.length > options.max) kept.length = options.max;
  return kept;
}
