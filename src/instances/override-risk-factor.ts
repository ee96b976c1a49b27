import { computeRiskAssessment, DEFAULT_RISK_THRESHOLDS, type RiskThresholds } from '../domain/risk.js';
import { notFound, type RiskAssessment, type RiskFactorStatus } from '../domain/index.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { loadInstance, loadRisk } from '../store/sql/load-instance.js';
import { loadAssessmentInputs, updateAssessmentScore, updateRiskFactorOverride } from '../store/sql/risk-factors.js';
import type { Caller } from './caller.js';
import { riskAssessmentOf } from './instance-record.js';

/**
 * A reviewer overrides one factor's score (null clears the override); the entity's risk score and level
 * are recomputed from all factors with the thresholds the RISK step used. The workflow's own score
 * (workflowRiskScore) stays as the automation computed it. One transaction, audit entry included.
 */
export async function overrideRiskFactor(
  db: Db,
  caller: Caller,
  instanceId: string,
  factorId: string,
  change: { manualOverrideScore: number | null; comment?: string },
): Promise<RiskAssessment> {
  return db.transaction(async (tx) => {
    const row = await loadInstance(tx, caller.tenantId, instanceId);
    if (!row) throw notFound('process instance', instanceId);
    const by = { by: caller.actor, requestId: caller.requestId };
    const assessmentId = await updateRiskFactorOverride(tx, caller.tenantId, instanceId, factorId, { score: change.manualOverrideScore, ...by });
    if (!assessmentId) throw notFound('risk factor', factorId);
    const inputs = await loadAssessmentInputs(tx, assessmentId);
    const thresholds: RiskThresholds = { ...DEFAULT_RISK_THRESHOLDS, ...(inputs.thresholds as Partial<RiskThresholds>) };
    const score = computeRiskAssessment(
      inputs.factors.map((f) => ({ score: f.score, manualOverrideScore: f.manual_override_score, status: f.status as RiskFactorStatus })),
      thresholds,
    );
    await updateAssessmentScore(tx, assessmentId, { ...score, ...by });
    await appendAudit(tx, {
      tenantId: caller.tenantId,
      actor: caller.actor,
      action: 'risk_factor.override',
      targetType: 'risk_factor',
      targetId: factorId,
      requestId: caller.requestId,
      details: { instanceId, manualOverrideScore: change.manualOverrideScore, comment: change.comment ?? null },
    });
    const risk = await loadRisk(tx, instanceId);
    if (!risk) throw notFound('risk assessment of instance', instanceId);
    return riskAssessmentOf(risk, row);
  });
}
