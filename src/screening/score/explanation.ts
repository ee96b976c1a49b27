import type { ListName } from '../types.js';
import type { ScoreAdjustment } from './adjustments.js';
import { asReading, type NameAlignment } from './align-names.js';
import type { TokenInfo } from './token-info.js';
import { compareTokens, type TokenMatchKind } from './token-similarity.js';

/** Why a hit scored what it did: the list name matched, each token pair, and every adjustment. */
export interface MatchExplanation {
  matchedName: string;
  nameKind: ListName['kind'];
  /** Score of the names alone, before adjustments. */
  nameScore: number;
  queryCoverage: number;
  nameCoverage: number;
  /** Matched token pairs; `joined` pairs one token with two adjacent ones written as one on the other side. */
  tokens: Array<{ query: string; list: string; score: number; kind: TokenMatchKind | 'joined' }>;
  unmatchedQuery: string[];
  unmatchedList: string[];
  adjustments: ScoreAdjustment[];
  /** One line for people: "vladimir=vladimir (exact), putin=putin (exact); +dob: year of birth 1952 matches". */
  summary: string;
}

export function explainMatch(
  matched: ListName,
  query: readonly TokenInfo[],
  name: readonly TokenInfo[],
  alignment: NameAlignment,
  adjustments: ScoreAdjustment[],
): MatchExplanation {
  const tokens = alignment.pairs.map((p) => {
    const joined = p.query2 !== undefined || p.name2 !== undefined;
    return {
      query: p.query2 !== undefined ? `${query[p.query].text} ${query[p.query2].text}` : query[p.query].text,
      list: p.name2 !== undefined ? `${name[p.name].text} ${name[p.name2].text}` : name[p.name].text,
      score: round(p.score),
      kind: joined ? ('joined' as const) : tokenKind(query[p.query], name[p.name], alignment.byReading),
    };
  });
  const usedQ = new Set(alignment.pairs.flatMap((p) => (p.query2 !== undefined ? [p.query, p.query2] : [p.query])));
  const usedN = new Set(alignment.pairs.flatMap((p) => (p.name2 !== undefined ? [p.name, p.name2] : [p.name])));
  const unmatchedQuery = query.filter((_, i) => !usedQ.has(i)).map((t) => t.text);
  const unmatchedList = name.filter((_, i) => !usedN.has(i)).map((t) => t.text);
  const parts = [tokens.map((t) => `${t.query}=${t.list} (${t.kind}${t.kind === 'exact' ? '' : ` ${t.score}`})`).join(', ')];
  if (unmatchedQuery.length) parts.push(`unmatched in query: ${unmatchedQuery.join(' ')}`);
  if (unmatchedList.length) parts.push(`unmatched in list name: ${unmatchedList.join(' ')}`);
  if (alignment.singlePart) parts.push('only one name part matched');
  if (alignment.transliterationOnly) parts.push('all parts matched only through transliteration');
  if (alignment.byReading) parts.push('compared by reading: an East Asian name and its romanisation');
  for (const a of adjustments) parts.push(`${a.delta >= 0 ? '+' : '−'}${a.factor} ${Math.abs(a.delta)}: ${a.detail}`);
  return {
    matchedName: matched.name,
    nameKind: matched.kind,
    nameScore: round(alignment.score),
    queryCoverage: round(alignment.queryCoverage),
    nameCoverage: round(alignment.nameCoverage),
    tokens,
    unmatchedQuery,
    unmatchedList,
    adjustments,
    summary: parts.join('; '),
  };
}

/** How a pair of tokens matched, compared as the alignment compared them. */
function tokenKind(a: TokenInfo, b: TokenInfo, byReading: boolean): TokenMatchKind {
  return byReading ? compareTokens(asReading(a), asReading(b), false).kind : compareTokens(a, b).kind;
}

export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
