import type { MatchSettings } from './match-settings.js';

export interface DobOutcome {
  checked: boolean;
  verified: boolean;
  strength: number;
  /** How the dates agree: exact, or the tolerance that accepted them. */
  matchedBy?: 'exact' | 'transposed' | 'yearMonth' | 'year';
  matchStrengths: { dateOfBirth: number };
}

const STRENGTH = { exact: 100, transposed: 80, yearMonth: 70, year: 40 } as const;

function parts(date: string): { y: string; m?: string; d?: string } {
  const [y = '', m, d] = date.split('-');
  return { y, m, d };
}

/** Compares two dates of birth (YYYY-MM-DD, YYYY-MM or YYYY) within the configured tolerances. */
export function matchDateOfBirth(applicant: string | undefined, record: string | undefined, settings: MatchSettings): DobOutcome {
  if (!applicant) return { checked: false, verified: false, strength: 0, matchStrengths: { dateOfBirth: 0 } };
  const out = (by: DobOutcome['matchedBy']): DobOutcome =>
    by ? { checked: true, verified: true, strength: STRENGTH[by], matchedBy: by, matchStrengths: { dateOfBirth: STRENGTH[by] } } : { checked: true, verified: false, strength: 0, matchStrengths: { dateOfBirth: 0 } };
  if (!record) return out(undefined);
  if (applicant === record) return out('exact');
  const a = parts(applicant);
  const r = parts(record);
  const tolerance = new Set(settings.dobTolerance);
  if (a.y !== r.y) return out(undefined);
  if (tolerance.has('transposed') && a.m && a.d && a.m === r.d && a.d === r.m) return out('transposed');
  if (tolerance.has('yearMonth') && a.m && a.m === r.m) return out('yearMonth');
  if (tolerance.has('year')) return out('year');
  return out(undefined);
}
