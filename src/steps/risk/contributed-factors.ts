import { z } from 'zod';
import type { StepResult } from '../../domain/index.js';
import { countedScore } from '../../domain/risk.js';
import { StepFailure, type RiskFactorDraft } from '../../engine/step-type.js';
import { RISK_FACTOR_STATUSES } from '../../domain/vocabulary.js';

const contributedSchema = z.array(
  z.object({
    factor: z.string().min(1),
    value: z.union([z.string(), z.number(), z.boolean()]).transform(String),
    score: z.number(),
    description: z.string().optional(),
    manualOverrideScore: z.number().nullish(),
    status: z.enum(RISK_FACTOR_STATUSES).optional(),
  }),
);

export interface ContributedFactor extends RiskFactorDraft {
  stepName: string;
}

/**
 * The risk factors earlier steps contributed (the engine keeps them in their `stepData.riskFactors`),
 * each with the score it counts for now: STALE and DISCARDED ones are left out, an OVERRIDDEN one
 * counts its manual score.
 */
export function contributedFactors(previous: readonly StepResult[]): ContributedFactor[] {
  const out: ContributedFactor[] = [];
  for (const step of previous) {
    const raw = step.stepData?.riskFactors;
    if (raw === undefined) continue;
    const parsed = contributedSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new StepFailure(
        'RISK_FACTORS_INVALID',
        `step ${step.stepName} contributed unreadable risk factors (stepData.riskFactors.${issue.path.join('.')}: ${issue.message}): fix that step`,
        { retryable: false },
      );
    }
    for (const f of parsed.data) {
      const score = countedScore({ score: f.score, manualOverrideScore: f.manualOverrideScore, status: f.status });
      if (score === undefined) continue;
      out.push({
        stepName: step.stepName,
        factor: f.factor,
        value: f.value,
        score,
        description: f.description ?? `Contributed by step ${step.stepName}`,
      });
    }
  }
  return out;
}
