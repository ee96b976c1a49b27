import type { Db } from '../db.js';

/** Instances past their expiringDtm that never finished become Abandoned (COMPLETED_TERMINATED / INCOMPLETE, execution CANCELED). */
export async function expireInstances(db: Db): Promise<number> {
  const r = await db.query(
    `UPDATE instances
        SET status = 'COMPLETED_TERMINATED', wf_status = 'INCOMPLETE', execution_state = 'CANCELED', ended_at = now(), queued = false, waiting = false,
            lease_owner = NULL, lease_expires_at = NULL, completed_dtm = now(), last_updated_dtm = now()
      WHERE expiring_dtm IS NOT NULL AND expiring_dtm < now() AND completed_dtm IS NULL`,
  );
  return r.rowCount;
}
