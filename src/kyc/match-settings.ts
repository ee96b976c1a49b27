/** How strict attribute matching is (the KYC step's configuration). */
export interface MatchSettings {
  /** 0 (exact after normalisation) to 100 (most forgiving): the reference's `fuzziness.normalized`. */
  fuzziness: number;
  /** Date-of-birth differences still accepted, besides an exact date. */
  dobTolerance: DobTolerance[];
}

/** `yearMonth`: the day may differ; `year`: only the year must agree; `transposed`: day and month swapped. */
export const DOB_TOLERANCES = ['yearMonth', 'year', 'transposed'] as const;
export type DobTolerance = (typeof DOB_TOLERANCES)[number];

export const DEFAULT_MATCH_SETTINGS: MatchSettings = { fuzziness: 50, dobTolerance: [] };

/** Points of strength (out of 100) a fuzzy part may lack at the most forgiving setting. */
const MAX_SLACK = 40;

/** The reference's `fuzziness {normalized, actual}`: `actual` is the strength points a part may lack and still match. */
export function fuzzinessOf(settings: MatchSettings): { normalized: number; actual: number } {
  return { normalized: settings.fuzziness, actual: Math.round((settings.fuzziness * MAX_SLACK) / 100) };
}

/** The lowest strength at which a name part or an address counts as matched. */
export function minimumStrength(settings: MatchSettings): number {
  return 100 - fuzzinessOf(settings).actual;
}

/** Whether comparisons are exact (fuzziness 0). */
export function isExact(settings: MatchSettings): boolean {
  return settings.fuzziness === 0;
}
