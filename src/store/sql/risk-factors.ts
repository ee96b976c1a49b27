import type { Db } from '../db.js';

export interface FactorScoreRow {
  score: number;
  manual_override_score: number | null;
  status: string;
}

/** Sets (or, with null, clears) a reviewer's score on one factor; returns its assessment's id, or undefined when there is no such factor. */
export async function updateRiskFactorOverride(
  db: Db,
  tenantId: string,
  instanceId: string,
  factorId: string,
  o: { score: number | null; by: string; requestId: string },
): Promise<string | undefined> {
  const { rows } = await db.query<{ assessment_id: string }>(
    `UPDATE risk_factors SET manual_override_score = $3, status = CASE WHEN $3::numeric IS NULL THEN 'VALID' ELSE 'OVERRIDDEN' END,
            updated_at = now(), updated_by = $4, updated_request_id = $5
      WHERE instance_id = $1 AND id = $2 AND tenant_id = $6 RETURNING assessment_id`,
    [instanceId, factorId, o.score, o.by, o.requestId, tenantId],
  );
  return rows[0]?.assessment_id;
}

/** The thresholds an assessment was computed with, and the scores of all its factors. */
export async function loadAssessmentInputs(db: Db, assessmentId: string): Promise<{ thresholds: Record<string, unknown>; factors: FactorScoreRow[] }> {
  const a = await db.query<{ thresholds: Record<string, unknown> | null }>(`SELECT thresholds FROM risk_assessments WHERE id = $1`, [assessmentId]);
  const f = await db.query<FactorScoreRow>(`SELECT score, manual_override_score, status FROM risk_factors WHERE assessment_id = $1`, [assessmentId]);
  return {
    thresholds: a.rows[0]?.thresholds ?? {},
    factors: f.rows.map((r) => ({ score: Number(r.score), manual_override_score: r.manual_override_score === null ? null : Number(r.manual_override_score), status: r.status })),
  };
}

export async function updateAssessmentScore(db: Db, assessmentId: string, s: { riskScore: number; riskLevel: string; by: string; requestId: string }): Promise<void> {
  await db.query(
    `UPDATE risk_assessments SET risk_score = $2, risk_level = $3, updated_at = now(), updated_by = $4, updated_request_id = $5 WHERE id = $1`,
    [assessmentId, s.riskScore, s.riskLevel, s.by, s.requestId],
  );
}
