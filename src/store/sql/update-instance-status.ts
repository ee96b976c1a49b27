import type { Db } from '../db.js';
import type { InstanceRow } from './instance-row.js';

/** A reviewer's override: status changes, result stays. */
export async function overrideInstanceStatus(
  db: Db,
  tenantId: string,
  id: string,
  o: { status: string; wfStatus: string; by: string; requestId: string; comment?: string },
): Promise<InstanceRow | undefined> {
  const { rows } = await db.query<InstanceRow>(
    `UPDATE instances SET status = $3, wf_status = $4, status_override_at = now(), status_override_by = $5,
            status_override_request_id = $6, status_override_comment = $7, reviewed_by = $5, updated_by = $5,
            last_updated_dtm = now()
      WHERE tenant_id = $1 AND id = $2 RETURNING *`,
    [tenantId, id, o.status, o.wfStatus, o.by, o.requestId, o.comment ?? null],
  );
  return rows[0];
}

export async function setPaused(db: Db, tenantId: string, id: string, paused: boolean): Promise<InstanceRow | undefined> {
  const { rows } = await db.query<InstanceRow>(
    `UPDATE instances SET paused = $3,
            status = CASE WHEN $3 THEN 'PAUSED' WHEN started_at IS NULL THEN 'PENDING' ELSE 'ACTIVE' END,
            run_after = now(), last_updated_dtm = now()
      WHERE tenant_id = $1 AND id = $2 AND completed_dtm IS NULL RETURNING *`,
    [tenantId, id, paused],
  );
  return rows[0];
}

/** Puts an instance waiting for the applicant back on the queue (new input arrived). */
export async function wakeInstance(db: Db, tenantId: string, id: string): Promise<boolean> {
  const r = await db.query(
    `UPDATE instances SET waiting = false, queued = true, run_after = now(), last_updated_dtm = now()
      WHERE tenant_id = $1 AND id = $2 AND completed_dtm IS NULL`,
    [tenantId, id],
  );
  return r.rowCount > 0;
}

export async function deleteInstance(db: Db, tenantId: string, id: string): Promise<boolean> {
  const r = await db.query(`DELETE FROM instances WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
  return r.rowCount > 0;
}
