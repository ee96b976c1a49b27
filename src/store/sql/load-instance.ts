import type { RiskFactorStatus, RiskLevel } from '../../domain/index.js';
import type { Db } from '../db.js';
import type { InstanceRow } from './instance-row.js';

export async function loadInstance(db: Db, tenantId: string, instanceId: string): Promise<InstanceRow | undefined> {
  const { rows } = await db.query<InstanceRow>(`SELECT * FROM instances WHERE tenant_id = $1 AND id = $2`, [tenantId, instanceId]);
  return rows[0];
}

/** The instance row, locked until the caller's transaction ends (a use case's read-check-write). */
export async function loadInstanceForUpdate(tx: Db, tenantId: string, instanceId: string): Promise<InstanceRow | undefined> {
  const { rows } = await tx.query<InstanceRow>(`SELECT * FROM instances WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [tenantId, instanceId]);
  return rows[0];
}

export interface ActivityRow {
  element_id: string;
  name: string;
  step_type: string;
  started_at: Date;
  ended_at: Date;
  duration_ms: number;
  outcome: string;
  attempt: number;
}

export async function loadActivities(db: Db, instanceId: string): Promise<ActivityRow[]> {
  const { rows } = await db.query<ActivityRow>(
    `SELECT element_id, name, step_type, started_at, ended_at, duration_ms, outcome, attempt
       FROM activities WHERE instance_id = $1 ORDER BY id`,
    [instanceId],
  );
  return rows;
}

export interface RiskAssessmentRow {
  id: string;
  entity_id: string;
  step_result_id: string | null;
  thresholds: Record<string, unknown>;
  workflow_risk_score: number | string;
  workflow_risk_level: RiskLevel;
  risk_score: number | string;
  risk_level: RiskLevel;
  is_outdated: boolean;
  created_at: Date;
  updated_at: Date;
  updated_by: string | null;
  updated_request_id: string | null;
}

export interface RiskFactorRow {
  id: string;
  step_result_id: string | null;
  seq: number;
  factor: string;
  value: string;
  score: number | string;
  description: string | null;
  manual_override_score: number | string | null;
  status: RiskFactorStatus;
  created_at: Date;
  updated_at: Date;
  updated_by: string | null;
  updated_request_id: string | null;
}

export interface RiskRows {
  assessment: RiskAssessmentRow;
  factors: RiskFactorRow[];
}

export async function loadRisk(db: Db, instanceId: string): Promise<RiskRows | undefined> {
  const a = await db.query<RiskAssessmentRow>(`SELECT * FROM risk_assessments WHERE instance_id = $1`, [instanceId]);
  const assessment = a.rows[0];
  if (!assessment) return undefined;
  const f = await db.query<RiskFactorRow>(`SELECT * FROM risk_factors WHERE assessment_id = $1 ORDER BY seq`, [assessment.id]);
  return { assessment, factors: f.rows };
}
