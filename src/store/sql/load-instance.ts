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

export interface RiskRows {
  assessment: Record<string, any>;
  factors: Record<string, any>[];
}

export async function loadRisk(db: Db, instanceId: string): Promise<RiskRows | undefined> {
  const a = await db.query(`SELECT * FROM risk_assessments WHERE instance_id = $1`, [instanceId]);
  if (a.rowCount === 0) return undefined;
  const f = await db.query(`SELECT * FROM risk_factors WHERE assessment_id = $1 ORDER BY seq`, [a.rows[0].id]);
  return { assessment: a.rows[0], factors: f.rows };
}
