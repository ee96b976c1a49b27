import type { ListEntity, ListName } from '../types.js';

export type AdjustmentFactor = 'dob' | 'country' | 'gender' | 'weakAlias';

/** One thing besides the name that raised or lowered a hit's score. */
export interface ScoreAdjustment {
  factor: AdjustmentFactor;
  delta: number;
  detail: string;
}

export interface QueryAttributes {
  /** YYYY or YYYY-MM-DD. */
  dob?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  gender?: 'male' | 'female';
}

export const ADJUSTMENT = {
  dobExact: 0.05,
  dobYear: 0.03,
  dobMismatch: -0.15,
  countryMatch: 0.02,
  countryMismatch: -0.05,
  genderMismatch: -0.1,
  weakAlias: -0.05,
} as const;

/** Adjustments from date of birth, country and gender; each applies only when both sides state the attribute. */
export function attributeAdjustments(query: QueryAttributes, entity: ListEntity): ScoreAdjustment[] {
  const out: ScoreAdjustment[] = [];
  const dob = query.dob?.trim();
  if (dob && entity.birthDates.length > 0) {
    const year = Number(dob.slice(0, 4));
    const exact = dob.length === 10 && entity.birthDates.includes(dob);
    const years = entity.birthDates.map((d) => Number(d.slice(0, 4))).filter((y) => Number.isFinite(y));
    const gap = years.length > 0 ? Math.min(...years.map((y) => Math.abs(y - year))) : Number.NaN;
    if (exact) out.push({ factor: 'dob', delta: ADJUSTMENT.dobExact, detail: `date of birth ${dob} matches` });
    else if (gap === 0) out.push({ factor: 'dob', delta: ADJUSTMENT.dobYear, detail: `year of birth ${year} matches` });
    else if (gap > 1) {
      out.push({ factor: 'dob', delta: ADJUSTMENT.dobMismatch, detail: `date of birth ${dob} differs from ${entity.birthDates.join(', ')}` });
    }
  }
  const country = query.country?.trim().toUpperCase();
  if (country && entity.countries.length > 0) {
    if (entity.countries.includes(country)) out.push({ factor: 'country', delta: ADJUSTMENT.countryMatch, detail: `country ${country} matches` });
    else out.push({ factor: 'country', delta: ADJUSTMENT.countryMismatch, detail: `country ${country} not among ${entity.countries.join(', ')}` });
  }
  if (query.gender && entity.gender && query.gender !== entity.gender) {
    out.push({ factor: 'gender', delta: ADJUSTMENT.genderMismatch, detail: `gender ${query.gender} differs from ${entity.gender}` });
  }
  return out;
}

export function nameKindAdjustments(name: ListName): ScoreAdjustment[] {
  return name.kind === 'weak' ? [{ factor: 'weakAlias', delta: ADJUSTMENT.weakAlias, detail: `"${name.name}" is a weak alias` }] : [];
}

export function applyAdjustments(score: number, adjustments: readonly ScoreAdjustment[]): number {
  let s = score;
  for (const a of adjustments) s += a.delta;
  return Math.min(1, Math.max(0, s));
}
