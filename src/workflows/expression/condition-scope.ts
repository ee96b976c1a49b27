import type { StepResult } from '../../domain/index.js';

/** What a step contributes to the scope of later conditions, under its `stepName`. */
export interface StepScope {
  result: StepResult['result'];
  summary: StepResult['summary'];
  stepData: StepResult['stepData'];
  /** Number of process results with result HIT. */
  hits: number;
  processResults: StepResult['processResults'];
}

export interface ConditionScopeExtra {
  entity?: unknown;
  applicant?: unknown;
  riskAssessment?: { riskLevel: string; riskScore: number };
}

/**
 * The scope conditions are evaluated over: each earlier step by its name (`AML.result`, also
 * `steps.AML.result`; a later result with the same name wins), `entity`, `applicant` and
 * `risk.level`/`risk.score`. The fixed names win over a step of the same name.
 */
export function buildConditionScope(previous: StepResult[], extra: ConditionScopeExtra): Record<string, unknown> {
  const byName = new Map<string, StepScope>();
  for (const step of previous) {
    byName.set(step.stepName, {
      result: step.result,
      summary: step.summary,
      stepData: step.stepData,
      hits: step.processResults.filter((pro) => pro.result === 'HIT').length,
      processResults: step.processResults,
    });
  }
  // fromEntries defines own properties, so even a step named "__proto__" is plain data.
  const steps: Record<string, StepScope> = Object.fromEntries(byName);
  const risk = extra.riskAssessment ? { level: extra.riskAssessment.riskLevel, score: extra.riskAssessment.riskScore } : null;
  return { ...steps, steps, entity: extra.entity ?? null, applicant: extra.applicant ?? null, risk };
}
