import { type ScreeningHit, type ScreeningIndex, screenName } from '../../screening/matcher.js';
import { entryKey } from '../../screening/store/resolutions.js';
import type { ListCategory } from '../../screening/types.js';
import type { ScreeningSubject } from './subject.js';

/** An index with what is known of the versions it was built from (the screening service's, or one over a diff). */
export interface IndexView {
  index: ScreeningIndex;
  versions: ReadonlyArray<{ id: string; source: string }>;
  /** Entity source → the version its entities come from. */
  versionBySource: ReadonlyMap<string, string>;
}

export interface SubjectHit {
  hit: ScreeningHit;
  /** The subject's name that produced the hit. */
  queryName: string;
  versionId: string;
  /** The source of that version: the list name steps configure. */
  listSource: string;
}

/** Hits kept per screened name. */
const HITS_PER_NAME = 25;

/** The entity sources to screen for the configured lists (a list is a version source; FtM entities keep their dataset). */
export function entitySourcesFor(view: IndexView, lists: string[] | undefined): string[] | undefined {
  if (!lists) return undefined;
  const sourceOf = new Map(view.versions.map((v) => [v.id, v.source]));
  const out = new Set(lists);
  for (const [entitySource, versionId] of view.versionBySource) if (lists.includes(sourceOf.get(versionId) ?? '')) out.add(entitySource);
  return [...out];
}

/** Screens every name of the subject and keeps the best hit per list entry, best first. */
export function screenSubject(
  view: IndexView,
  subject: ScreeningSubject,
  options: { sources?: string[]; threshold?: number; categories?: ListCategory[]; includeNonTargets?: boolean },
): SubjectHit[] {
  const sourceOf = new Map(view.versions.map((v) => [v.id, v.source]));
  const best = new Map<string, SubjectHit>();
  for (const name of subject.names) {
    const hits = screenName(view.index, {
      name, type: 'person', dob: subject.dob, country: subject.country, gender: subject.gender,
      threshold: options.threshold, sources: options.sources, limit: HITS_PER_NAME,
      categories: options.categories, includeNonTargets: options.includeNonTargets,
    });
    for (const hit of hits) {
      const key = entryKey(hit.source, hit.sourceId);
      const versionId = view.versionBySource.get(hit.source) ?? '';
      const prev = best.get(key);
      if (!prev || hit.score > prev.hit.score) best.set(key, { hit, queryName: name, versionId, listSource: sourceOf.get(versionId) ?? hit.source });
    }
  }
  return [...best.values()].sort(
    (a, b) => b.hit.score - a.hit.score || a.hit.source.localeCompare(b.hit.source) || a.hit.sourceId.localeCompare(b.hit.sourceId),
  );
}

/**
 * Splits hits into those to raise and those a reviewer resolved as false positive while the entry's content
 * hash is still the one resolved (`resolved`: entry key → hash; `hashOf`: the entry's hash now).
 */
export function withoutResolved<H extends SubjectHit>(hits: H[], resolved: Map<string, string> | undefined, hashOf: (h: H) => string | undefined) {
  const raise: H[] = [];
  const suppressed: H[] = [];
  for (const h of hits) {
    const was = resolved?.get(entryKey(h.hit.source, h.hit.sourceId));
    if (was !== undefined && was === hashOf(h)) suppressed.push(h);
    else raise.push(h);
  }
  return { raise, suppressed };
}
