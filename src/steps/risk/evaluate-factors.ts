import type { Individual, StepResult } from '../../domain/index.js';
import { ageAt } from '../../domain/risk.js';
import type { ApplicantFields } from '../../domain/applicant.js';
import type { RiskFactorDraft } from '../../engine/step-type.js';
import { countryCode } from '../../screening/lists/countries.js';
import type { RiskFactorDefinition } from './config.js';

/** What the configured factors are scored from. */
export interface RiskSubject {
  entity: Individual;
  applicant: ApplicantFields;
  previous: readonly StepResult[];
  now: Date;
}

/** Scores each configured factor; a factor with nothing to score (no date of birth, step not run) is left out. */
export function evaluateFactors(definitions: readonly RiskFactorDefinition[], subject: RiskSubject): RiskFactorDraft[] {
  const out: RiskFactorDraft[] = [];
  for (const def of definitions) {
    const factor = evaluateFactor(def, subject);
    if (factor) out.push(factor);
  }
  return out;
}

function evaluateFactor(def: RiskFactorDefinition, s: RiskSubject): RiskFactorDraft | undefined {
  switch (def.factor) {
    case 'entity_type': {
      const value = s.entity.entityType;
      return { factor: def.name ?? 'entity_type', value, score: def.scores[value] ?? def.default ?? 0, description: `Entity type ${value}` };
    }
    case 'entity_age':
      return entityAge(def, s);
    case 'country':
      return country(def, s);
    case 'step_result': {
      const step = findStep(s.previous, def.step);
      if (!step) return undefined;
      return {
        factor: def.name ?? `${def.step.toLowerCase()}_result`,
        value: step.result,
        score: def.scores[step.result] ?? def.default,
        description: `Step ${step.stepName} ended ${step.result}`,
      };
    }
  }
}

function entityAge(def: Extract<RiskFactorDefinition, { factor: 'entity_age' }>, s: RiskSubject): RiskFactorDraft | undefined {
  const name = def.name ?? 'entity_age';
  const dob = s.entity.dateOfBirth ?? s.applicant.dateOfBirth;
  const age = dob ? ageAt(dob.slice(0, 10), s.now) : undefined;
  if (age === undefined) {
    if (def.missingScore === undefined) return undefined;
    return { factor: name, value: 'UNKNOWN', score: def.missingScore, description: 'Date of birth unknown' };
  }
  const band = def.bands.find((b) => b.maxAge === undefined || age <= b.maxAge);
  const range = band?.maxAge !== undefined ? `up to ${band.maxAge}` : 'no upper limit';
  return {
    factor: name,
    value: String(age),
    score: band?.score ?? 0,
    description: band ? `Age ${age} (band ${range})` : `Age ${age} (above every band)`,
  };
}

function country(def: Extract<RiskFactorDefinition, { factor: 'country' }>, s: RiskSubject): RiskFactorDraft | undefined {
  const name = def.name ?? `country_${def.field}`;
  const values = countriesOf(def.field, s)
    .map((v) => countryCode(v) ?? v.trim().toUpperCase())
    .filter((v) => v.length > 0);
  if (values.length === 0) {
    if (def.missingScore === undefined) return undefined;
    return { factor: name, value: 'UNKNOWN', score: def.missingScore, description: `No ${def.field} country known` };
  }
  // The riskiest of several countries (two nationalities, several addresses) counts.
  let best = { value: values[0], score: scoreOf(def, values[0]) };
  for (const value of values.slice(1)) {
    const score = scoreOf(def, value);
    if (score > best.score) best = { value, score };
  }
  return { factor: name, value: best.value, score: best.score, description: `${capitalise(def.field)} country ${best.value}` };
}

function scoreOf(def: { scores: Record<string, number>; default: number }, code: string): number {
  return def.scores[code] ?? def.default;
}

function countriesOf(field: 'nationality' | 'residence' | 'document', s: RiskSubject): string[] {
  const present = (v: string | undefined): v is string => Boolean(v);
  switch (field) {
    case 'nationality':
      return [s.entity.nationality ?? s.applicant.nationality].filter(present);
    case 'residence':
      return (s.entity.addresses ?? []).map((a) => a.country).filter(present);
    case 'document':
      return (s.entity.documents ?? []).map((d) => d.country).filter(present);
  }
}

/** The latest earlier step with that name, or failing that, of that type. */
function findStep(previous: readonly StepResult[], step: string): StepResult | undefined {
  const byName = previous.filter((p) => p.stepName === step);
  if (byName.length > 0) return byName[byName.length - 1];
  const byType = previous.filter((p) => p.stepType === step);
  return byType[byType.length - 1];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
