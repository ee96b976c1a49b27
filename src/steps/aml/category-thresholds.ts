import type { ScreeningHit } from '../../screening/matcher.js';
import type { ListCategory } from '../../screening/types.js';
import { SCREENED_CATEGORIES, type ScreenedCategory } from './config.js';

/** The threshold of each screened category: its own, or the step's common one. */
export function categoryThresholds(screen: readonly ScreenedCategory[], common: number, own: Partial<Record<ScreenedCategory, number>> = {}): Map<ListCategory, number> {
  return new Map(screen.map((c) => [c, own[c] ?? common]));
}

/**
 * The category a hit is raised as: the first of the entity's categories (SANCTION, PEP, WATCHLIST) that is screened
 * and whose threshold the score reaches; undefined when none is (the hit is dropped).
 */
export function raisedCategory(hit: Pick<ScreeningHit, 'score' | 'categories'>, thresholds: ReadonlyMap<ListCategory, number>): ScreenedCategory | undefined {
  for (const c of SCREENED_CATEGORIES) {
    const t = thresholds.get(c);
    if (t !== undefined && hit.categories.includes(c) && hit.score >= t) return c;
  }
  return undefined;
}

/** TrustID's DetailedResult of the PepAndSanctionCheck for the categories raised. */
export function pepAndSanctionResult(raised: ReadonlySet<ScreenedCategory>): string {
  const pep = raised.has('PEP');
  const sanction = raised.has('SANCTION');
  if (pep && sanction) return 'PEP and Sanction Match';
  if (sanction) return 'Sanction Match';
  if (pep) return 'PEP Match';
  if (raised.has('WATCHLIST')) return 'Watchlist Match';
  return 'No PEP/Sanction Match';
}
