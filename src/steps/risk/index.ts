import type { StepType } from '../../engine/step-type.js';
import { computeRiskAssessment } from '../../domain/risk.js';
import { DEFAULT_RISK_FACTORS, DEFAULT_RISK_THRESHOLDS, riskConfigSchema, type RiskConfig } from './config.js';
import { contributedFactors } from './contributed-factors.js';
import { evaluateFactors } from './evaluate-factors.js';

/**
 * Scores the configured risk factors and those earlier steps contributed, and rates the total
 * (LOW, MEDIUM, HIGH, UNACCEPTABLE). Always COMPLETE: the risk informs DECISION, it does not decide.
 * Every counted factor is output, so the stored assessment can be re-scored after a reviewer override.
 */
export const riskStep: StepType<RiskConfig> = {
  type: 'RISK',
  kind: 'local',
  configSchema: riskConfigSchema,
  async run(ctx) {
    const thresholds = ctx.config.thresholds ?? DEFAULT_RISK_THRESHOLDS;
    const own = evaluateFactors(ctx.config.factors ?? DEFAULT_RISK_FACTORS, {
      entity: ctx.entity,
      applicant: ctx.applicant,
      previous: ctx.previous,
      now: ctx.now,
    });
    const contributed = contributedFactors(ctx.previous);
    const riskFactors = [...own, ...contributed.map(({ stepName: _stepName, ...f }) => f)];
    const { riskScore, riskLevel } = computeRiskAssessment(riskFactors, thresholds);
    return {
      result: 'COMPLETE',
      objectType: ctx.entity.entityType,
      objectId: ctx.entity.entityId,
      riskFactors,
      summary: { riskScore, riskLevel, factorCount: riskFactors.length },
      // One execution is the whole assessment so far: the entity's score is the workflow's.
      riskAssessment: { riskScore, riskLevel, workflowRiskScore: riskScore, workflowRiskLevel: riskLevel, thresholds },
      stepData: { contributedRiskFactors: contributed },
    };
  },
};
