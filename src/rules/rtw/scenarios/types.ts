import type { z } from 'zod';
import type { Validation } from '../../../domain/index.js';
import type { RtwCheck } from '../evaluate-all.js';
import type { documentSchema } from '../evidence-schema.js';
import type { DocumentType } from '../document-types.js';
import type { RtwInputJson } from '../input-schema.js';
import type { RuleId } from '../ruleset.js';

/**
 * One scenario of the RTW ruleset: an input, the check to run, what the outcome must be, and the
 * rule it exercises (`rule` must be among the outcome's appliedRules). The scenario tests run every
 * scenario, and fail when a rule of the ruleset has none.
 */
export interface Scenario {
  rule: RuleId;
  title: string;
  check: RtwCheck;
  input: RtwInputJson;
  expect: {
    status: string;
    /** null: the outcome must have no follow-up date. */
    followUpDate?: string | null;
    evidence?: string;
    recommendedRoute?: string | null;
    restrictions?: string | RegExp;
    /** Each must match the outcome's notes. */
    notes?: RegExp[];
    validations?: Record<string, Validation['ValidationOutcome']>;
    profile?: Record<string, string>;
    /** DBS: the route that passed (or NONE). */
    route?: string;
    retainUntil?: string;
    /** Other rules that must be applied too. */
    alsoApplied?: RuleId[];
  };
  /** The outcome for this input must equal the scenario's (an invariance, e.g. nationality must not matter). */
  sameOutcomeAs?: RtwInputJson;
}

export type DocumentJson = z.input<typeof documentSchema>;

export const CHECK_DATE = '2025-03-10';
export const PERSON = { givenNames: 'Alex', familyName: 'Morgan', dateOfBirth: '1990-05-17' };
export const CHECKED_IN_PERSON = { photographsConsistent: true, documentsGenuine: true };

const DEFAULT_COUNTRY: Partial<Record<DocumentType, string>> = {
  IRISH_PASSPORT: 'IRL',
  IRISH_PASSPORT_CARD: 'IRL',
  IRP_CARD: 'IRL',
  PASSPORT: 'USA',
  NATIONAL_ID_CARD: 'FRA',
  CROWN_DEPENDENCY_EU_SCHEME_DOCUMENT: 'JEY',
};

export function doc(type: DocumentType, over: Partial<DocumentJson> = {}): DocumentJson {
  return { type, issuingCountry: DEFAULT_COUNTRY[type] ?? 'GBR', ...over };
}

export const IDSP_PASS = {
  certified: true,
  identityProfile: 'M1B',
  documentVerification: 'PASS',
  identityFraud: 'PASS',
  faceMatch: 'PASS',
  liveness: 'PASS',
} as const;
