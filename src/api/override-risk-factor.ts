import { computeRiskAssessment, DEFAULT_RISK_THRESHOLDS, type RiskThresholds } from '../domain/risk.js';
import { ApiError, notFound } from './errors.js';
import type { Db } from '../store/db.js';
import { loadInstance, loadRisk } from '../store/sql/load-instance.js';
import { riskAssessmentOf } from '../engine/instance-record.js';

/**
 * A reviewer overrides one factor's score (null clears the override); the entity's risk score and
 * level are recomputed from all factors with the thresholds the RISK step used. The workflow's own
 * score (workflowRiskScore) stays as the automation computed it.
 */
export async function overrideRiskFactor(
  db: Db,
  tenantId: string,
  instanceId: string,
  factorId: string,
  score: number | null,
  by: string,
  requestId: string,
) {
  const row = await loadInstance(db, tenantId, instanceId);
  if (!row) throw notFound('process instance', instanceId);
  await db.transaction(async (tx) => {
    const updated = await tx.query<{ assessment_id: string }>(
      `UPDATE risk_factors SET manual_override_score = $3, status = CASE WHEN $3::numeric IS NULL THEN 'VALID' ELSE 'OVERRIDDEN' END,
              updated_at = now(), updated_by = $4, updated_request_id = $5
        WHERE instance_id = $1 AND id = $2 AND tenant_id = $6 RETURNING assessment_id`,
      [instanceId, factorId, score, by, requestId, tenantId],
    );
    if (updated.rowCount === 0) throw notFound('risk factor', factorId);
    const assessmentId = updated.rows[0].assessment_id;
    const a = await tx.query<{ thresholds: Partial<RiskThresholds> }>(`SELECT thresholds FROM risk_assessments WHERE id = $1`, [assessmentId]);
    const thresholds = { ...DEFAULT_RISK_THRESHOLDS, ...a.rows[0].thresholds };
    const factors = await tx.query<{ score: number; manual_override_score: number | null; status: string }>(
      `SELECT score, manual_override_score, status FROM risk_factors WHERE assessment_id = $1`,
      [assessmentId],
    );
    const result = computeRiskAssessment(
      factors.rows.map((f) => ({ score: Number(f.score), manualOverrideScore: f.manual_override_score === null ? null : Number(f.manual_override_score), status: f.status as any })),
      thresholds,
    );
    await tx.query(
      `UPDATE risk_assessments SET risk_score = $2, risk_level = $3, updated_at = now(), updated_by = $4, updated_request_id = $5 WHERE id = $1`,
      [assessmentId, result.riskScore, result.riskLevel, by, requestId],
    );
  });
  const risk = await loadRisk(db, instanceId);
  if (!risk) throw new ApiError(404, 'NOT_FOUND', `instance ${instanceId} has no risk assessment`);
  return riskAssessmentOf(risk, row);
}
