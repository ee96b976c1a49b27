import { z } from 'zod';
import { DEFAULT_RISK_THRESHOLDS, thresholdsProblem } from '../../domain/risk.js';

const scoreTable = z.record(z.string(), z.number());
/** Output name of a factor; each kind has a default (entity_type, entity_age, country_<field>, <step>_result). */
const name = z.string().min(1).optional();

const entityTypeFactor = z
  .object({ factor: z.literal('entity_type'), name, scores: scoreTable, default: z.number().optional() })
  .strict();

const ageBand = z.object({ maxAge: z.number().int().min(0).optional(), score: z.number() }).strict();
const entityAgeFactor = z
  .object({
    factor: z.literal('entity_age'),
    name,
    /** Ascending by maxAge (inclusive); a last band without maxAge takes every older age. */
    bands: z.array(ageBand).min(1, 'give at least one age band'),
    /** Score when the date of birth is unknown; the factor is left out when absent. */
    missingScore: z.number().optional(),
  })
  .strict()
  .refine((f) => bandsAscend(f.bands), {
    message: 'bands must be in ascending maxAge order, with at most one band without maxAge, last',
    path: ['bands'],
  });

const countryFactor = z
  .object({
    factor: z.literal('country'),
    name,
    /** nationality; residence (the addresses' countries); document (the identity documents' issuing countries). */
    field: z.enum(['nationality', 'residence', 'document']),
    /** By ISO 3166-1 alpha-2 code (or the value as given). */
    scores: scoreTable,
    default: z.number().default(0),
    missingScore: z.number().optional(),
  })
  .strict();

const stepResultFactor = z
  .object({
    factor: z.literal('step_result'),
    name,
    /** The earlier step's name (or, failing that, type), e.g. AML. */
    step: z.string().min(1),
    /** By step result, e.g. { HIT: 50, CLEAR: 0 }. */
    scores: scoreTable,
    default: z.number().default(0),
  })
  .strict();

export const riskFactorDefinitionSchema = z.discriminatedUnion('factor', [entityTypeFactor, entityAgeFactor, countryFactor, stepResultFactor]);
export type RiskFactorDefinition = z.infer<typeof riskFactorDefinitionSchema>;

const thresholdsSchema = z
  .object({ MEDIUM: z.number(), HIGH: z.number(), UNACCEPTABLE: z.number() })
  .strict()
  .superRefine((t, ctx) => {
    const problem = thresholdsProblem(t);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const riskConfigSchema = z
  .object({
    /** The factors to score; entity_type and entity_age (the reference example) when absent. */
    factors: z.array(riskFactorDefinitionSchema).optional(),
    thresholds: thresholdsSchema.optional(),
  })
  .strict();
export type RiskConfig = z.infer<typeof riskConfigSchema>;

export const DEFAULT_RISK_FACTORS: RiskFactorDefinition[] = [
  { factor: 'entity_type', scores: { INDIVIDUAL: 2, ORGANIZATION: 5 } },
  { factor: 'entity_age', bands: [{ maxAge: 25, score: 20 }, { maxAge: 65, score: 10 }, { score: 15 }] },
];

export { DEFAULT_RISK_THRESHOLDS };

function bandsAscend(bands: { maxAge?: number }[]): boolean {
  for (let i = 0; i < bands.length; i++) {
    const max = bands[i].maxAge;
    if (max === undefined) {
      if (i !== bands.length - 1) return false;
    } else if (i > 0 && max <= bands[i - 1].maxAge!) {
      return false;
    }
  }
  return true;
}
