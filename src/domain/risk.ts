import type { RiskFactorStatus, RiskLevel } from './vocabulary.js';

/** Lowest score of each level above LOW: a score at or above `HIGH` is HIGH, and so on. */
export interface RiskThresholds {
  MEDIUM: number;
  HIGH: number;
  UNACCEPTABLE: number;
}

export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = { MEDIUM: 30, HIGH: 60, UNACCEPTABLE: 100 };

/** The part of a risk factor that counts towards the score. */
export interface ScoredFactor {
  score: number;
  manualOverrideScore?: number | null;
  status?: RiskFactorStatus;
}

export interface RiskScore {
  riskScore: number;
  riskLevel: RiskLevel;
}

/**
 * What one factor adds to the score: an OVERRIDDEN factor counts its manualOverrideScore
 * (its own score when a reviewer set none), a STALE or DISCARDED one counts nothing.
 * Returns undefined for a factor that does not count at all.
 */
export function countedScore(factor: ScoredFactor): number | undefined {
  switch (factor.status ?? 'VALID') {
    case 'STALE':
    case 'DISCARDED':
      return undefined;
    case 'OVERRIDDEN':
      return factor.manualOverrideScore ?? factor.score;
    default:
      return factor.score;
  }
}

export function riskLevelFor(score: number, thresholds: RiskThresholds): Exclude<RiskLevel, 'UNKNOWN'> {
  if (score >= thresholds.UNACCEPTABLE) return 'UNACCEPTABLE';
  if (score >= thresholds.HIGH) return 'HIGH';
  if (score >= thresholds.MEDIUM) return 'MEDIUM';
  return 'LOW';
}

/**
 * The FrankieOne risk assessment: the sum of the counted factor scores, and the level
 * that sum reaches. UNKNOWN (score 0) when no factor counts.
 */
export function computeRiskAssessment(factors: readonly ScoredFactor[], thresholds: RiskThresholds): RiskScore {
  let riskScore = 0;
  let counted = 0;
  for (const factor of factors) {
    const score = countedScore(factor);
    if (score === undefined) continue;
    riskScore += score;
    counted += 1;
  }
  if (counted === 0) return { riskScore: 0, riskLevel: 'UNKNOWN' };
  return { riskScore, riskLevel: riskLevelFor(riskScore, thresholds) };
}

/** A problem with a thresholds object, or undefined when it is usable (each level above the one below). */
export function thresholdsProblem(t: RiskThresholds): string | undefined {
  if (!(t.MEDIUM <= t.HIGH && t.HIGH <= t.UNACCEPTABLE)) {
    return `thresholds must rise: MEDIUM (${t.MEDIUM}) <= HIGH (${t.HIGH}) <= UNACCEPTABLE (${t.UNACCEPTABLE})`;
  }
  return undefined;
}

/**
 * Whole years between a date of birth (YYYY, YYYY-MM or YYYY-MM-DD) and `now` (UTC).
 * A partial date counts from its latest possible day, so the age is never overstated.
 * Undefined for a date that cannot be read or lies in the future.
 */
export function ageAt(dateOfBirth: string, now: Date): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(dateOfBirth.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  const day = m[3] ? Number(m[3]) : daysInMonth(year, month);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const nowMonth = now.getUTCMonth() + 1;
  const nowDay = now.getUTCDate();
  let age = now.getUTCFullYear() - year;
  if (nowMonth < month || (nowMonth === month && nowDay < day)) age -= 1;
  return age >= 0 ? age : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What a RISK step computes for the entity; stored in its stepData as `riskAssessment`. */
export interface StepRiskAssessment extends RiskScore {
  workflowRiskScore: number;
  workflowRiskLevel: RiskLevel;
  thresholds: RiskThresholds;
}

/** The score and level of the latest step that assessed risk, as later steps and gateway conditions read them. */
export function latestRiskAssessment(previous: readonly { stepData?: Record<string, unknown> }[]): RiskScore | undefined {
  for (let i = previous.length - 1; i >= 0; i--) {
    const a = previous[i]?.stepData?.riskAssessment as Partial<StepRiskAssessment> | undefined;
    if (a && typeof a.riskLevel === 'string' && typeof a.riskScore === 'number') return { riskLevel: a.riskLevel, riskScore: a.riskScore };
  }
  return undefined;
}
