import { findCandidates } from './index/find-candidates.js';
import { prepareQuery } from './index/prepare-query.js';
import { buildIndex, type ScreeningIndex } from './index/screening-index.js';
import { weightOf } from './index/vocabulary.js';
import { normalizeName } from './normalize/normalize-name.js';
import { applyAdjustments, attributeAdjustments, nameKindAdjustments, type QueryAttributes } from './score/adjustments.js';
import { alignNames, type NameAlignment } from './score/align-names.js';
import { explainMatch, round, type MatchExplanation } from './score/explanation.js';
import { tokenInfo, type TokenInfo } from './score/token-info.js';
import { ACRONYM_SCORE, isAcronymOf, organizationWordSimilarity } from './score/name-part-rules.js';
import { tokenSimilarity } from './score/token-similarity.js';
import { categoriesOf, firstWanted } from './lists/list-categories.js';
import type { ListCategory, ListEntity, ListEntityType } from './types.js';

export type { ScreeningIndex } from './index/screening-index.js';
export type { MatchExplanation } from './score/explanation.js';

/** A hit at or above this score is reported. */
export const DEFAULT_THRESHOLD = 0.82;
/** A hit at or above this score is a strong match; between the threshold and this it is for review. */
export const STRONG_THRESHOLD = 0.92;
export const DEFAULT_LIMIT = 10;
/** The most any adjustment can add: names scoring below threshold − this are not worth adjusting. */
const MAX_BOOST = 0.07;
const CANDIDATE_SHARE = 0.4;
const MAX_CANDIDATES = 100;

export type MatchBand = 'strong' | 'review';

export interface ScreeningQuery extends QueryAttributes {
  name: string;
  type?: ListEntityType;
  threshold?: number;
  /** Only entities from these sources ('ofac-sdn', 'un', …). */
  sources?: string[];
  /** Only entities of these categories (SANCTION, PEP, …); every category when left out. */
  categories?: ListCategory[];
  /** Screen FtM entities that are not themselves listed (`target: false`) too; left out, they are skipped. */
  includeNonTargets?: boolean;
  limit?: number;
}

export interface ScreeningHit {
  source: string;
  sourceId: string;
  /** The entity's primary name. */
  name: string;
  /** The name (primary or alias) that matched. */
  matchedName: string;
  score: number;
  type: ListEntityType;
  /** Why the entity is listed, of the categories the query asked for: SANCTION before PEP before WATCHLIST. */
  category: ListCategory;
  /** Every category of the entity. */
  categories: ListCategory[];
  band: MatchBand;
  explanation: MatchExplanation;
  /** FtM topics, datasets and positions held, and `target: false` for an entity that is not itself listed. */
  topics?: string[];
  datasets?: string[];
  positions?: string[];
  target?: boolean;
}

export interface CompareResult {
  score: number;
  match: boolean;
  threshold: number;
  explanation: MatchExplanation;
}

export function bandOf(score: number): MatchBand {
  return score >= STRONG_THRESHOLD ? 'strong' : 'review';
}

/** Builds the in-memory index over every name of the given entities (see ScreeningIndex). */
export function buildScreeningIndex(entities: ListEntity[], _options: Record<string, never> = {}): ScreeningIndex {
  return buildIndex(entities);
}

/** Names whose words are ordinary words (a business's), where a letter's difference is a different word. */
function isOrganization(type: ListEntityType | undefined): boolean {
  return type === 'organization';
}

function typesCompatible(query: ListEntityType | undefined, entity: ListEntityType): boolean {
  return query === undefined || query === 'unknown' || entity === 'unknown' || query === entity;
}

/** Screens one name against the index: hits at or above the threshold, best first, each explained. */
export function screenName(index: ScreeningIndex, query: ScreeningQuery): ScreeningHit[] {
  const threshold = query.threshold ?? DEFAULT_THRESHOLD;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const prepared = prepareQuery(index, query.name, query.type);
  if (prepared.tokens.length === 0) return [];
  const candidates = findCandidates(index, prepared, {
    minShare: CANDIDATE_SHARE,
    max: MAX_CANDIDATES,
    sources: query.sources ? new Set(query.sources) : undefined,
  });
  const vocabulary = index.vocabulary;
  const wanted = query.categories ? new Set(query.categories) : undefined;
  const best = new Map<number, { name: number; score: number; alignment: NameAlignment; tokens: TokenInfo[] }>();
  for (const n of candidates) {
    const e = index.nameEntity[n];
    const entity = index.entities[e];
    if (!typesCompatible(query.type, entity.type)) continue;
    if (entity.target === false && !query.includeNonTargets) continue;
    if (wanted && firstWanted(categoriesOf(entity), wanted) === undefined) continue;
    const start = index.nameStart[n];
    const end = index.nameStart[n + 1];
    const tokens: TokenInfo[] = [];
    const weights = new Float64Array(end - start);
    for (let i = start; i < end; i++) {
      tokens.push(vocabulary.tokens[index.nameTokens[i]]);
      weights[i - start] = vocabulary.weights[index.nameTokens[i]];
    }
    const organization = isOrganization(query.type) || isOrganization(entity.type);
    const alignment = alignNames(prepared.tokens, prepared.weights, tokens, weights, (q, j) => {
      const id = index.nameTokens[start + j];
      const cache = prepared.similar[q];
      let s = cache.get(id);
      if (s === undefined) {
        s = tokenSimilarity(prepared.tokens[q], vocabulary.tokens[id]);
        cache.set(id, s);
      }
      return organization ? organizationWordSimilarity(prepared.tokens[q], vocabulary.tokens[id], s) : s;
    });
    if (organization && isAcronymOf(prepared.tokens, tokens)) alignment.score = Math.max(alignment.score, ACRONYM_SCORE);
    const score = applyAdjustments(alignment.score, nameKindAdjustments(entity.names[index.nameOrdinal[n]]));
    if (score + MAX_BOOST < threshold) continue;
    const prev = best.get(e);
    if (!prev || score > prev.score) best.set(e, { name: n, score, alignment, tokens });
  }
  const hits: ScreeningHit[] = [];
  for (const [e, b] of best) {
    const entity = index.entities[e];
    const listName = entity.names[index.nameOrdinal[b.name]];
    const adjustments = [...nameKindAdjustments(listName), ...attributeAdjustments(query, entity)];
    const score = applyAdjustments(b.alignment.score, adjustments);
    if (score < threshold) continue;
    hits.push({
      source: entity.source,
      sourceId: entity.sourceId,
      name: entity.names[0]?.name ?? listName.name,
      matchedName: listName.name,
      score: round(score),
      type: entity.type,
      category: firstWanted(categoriesOf(entity), wanted) ?? 'SANCTION',
      categories: [...categoriesOf(entity)],
      band: bandOf(score),
      explanation: explainMatch(listName, prepared.tokens, b.tokens, b.alignment, adjustments),
      ...(entity.topics ? { topics: entity.topics } : {}),
      ...(entity.datasets ? { datasets: entity.datasets } : {}),
      ...(entity.positions ? { positions: entity.positions } : {}),
      ...(entity.target === false ? { target: false } : {}),
    });
  }
  hits.sort((a, b) => b.score - a.score || a.source.localeCompare(b.source) || a.sourceId.localeCompare(b.sourceId));
  return hits.slice(0, limit);
}

/**
 * Compares two names with the same scorer as screening. With an index, token weights come from its
 * frequencies (common name parts count less); without one every name part weighs the same.
 */
export function compareNames(a: string, b: string, options: { type?: ListEntityType; index?: ScreeningIndex; threshold?: number } = {}): CompareResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const side = (raw: string) => {
    const normalized = normalizeName(raw, options.type);
    const tokens = normalized.tokens.map((t) => tokenInfo(t, normalized.script));
    const weights = Float64Array.from(tokens.map((t) => weightFor(t, options.index)));
    return { tokens, weights };
  };
  const left = side(a);
  const right = side(b);
  const organization = isOrganization(options.type);
  const alignment = alignNames(left.tokens, left.weights, right.tokens, right.weights, (q, n) => {
    const s = tokenSimilarity(left.tokens[q], right.tokens[n]);
    return organization ? organizationWordSimilarity(left.tokens[q], right.tokens[n], s) : s;
  });
  if (organization && isAcronymOf(left.tokens, right.tokens)) alignment.score = Math.max(alignment.score, ACRONYM_SCORE);
  const score = round(alignment.score);
  return {
    score,
    match: score >= threshold,
    threshold,
    explanation: explainMatch({ name: b, kind: 'primary' }, left.tokens, right.tokens, alignment, []),
  };
}

function weightFor(token: TokenInfo, index: ScreeningIndex | undefined): number {
  if (!index) return weightOf(token, 0, 0);
  let df = 0;
  for (const id of index.vocabulary.withText(token.text)) df = Math.max(df, index.vocabulary.df[id]);
  return weightOf(token, df, index.nameCount);
}
