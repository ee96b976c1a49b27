import type { Db } from '../db.js';
import type { InstanceRow } from './instance-row.js';

/**
 * Claims up to `limit` runnable instances for `workerId` with a lease of `leaseMs`.
 * SKIP LOCKED lets any number of workers share the queue; an expired lease (a dead worker) is taken over.
 */
export async function claimInstances(db: Db, workerId: string, limit: number, leaseMs: number): Promise<InstanceRow[]> {
  const { rows } = await db.query<InstanceRow>(
    `UPDATE instances i
        SET lease_owner = $1, lease_expires_at = now() + ($3 || ' milliseconds')::interval,
            process_server_id = $1
      WHERE i.id IN (
        SELECT id FROM instances
         WHERE queued AND NOT paused AND run_after <= now()
           AND (lease_expires_at IS NULL OR lease_expires_at < now())
         ORDER BY run_after
         LIMIT $2
         FOR UPDATE SKIP LOCKED)
      RETURNING i.*`,
    [workerId, limit, String(leaseMs)],
  );
  return rows;
}

/** Claims one given instance if it is runnable and not leased by another live worker. */
export async function claimInstance(db: Db, instanceId: string, workerId: string, leaseMs: number): Promise<InstanceRow | undefined> {
  const { rows } = await db.query<InstanceRow>(
    `UPDATE instances
        SET lease_owner = $2, lease_expires_at = now() + ($3 || ' milliseconds')::interval, process_server_id = $2
      WHERE id = $1 AND queued AND NOT paused
        AND (lease_owner IS NULL OR lease_owner = $2 OR lease_expires_at < now())
      RETURNING *`,
    [instanceId, workerId, String(leaseMs)],
  );
  return rows[0];
}

/** Extends the lease while a long step runs; false when the lease was lost. */
export async function renewLease(db: Db, instanceId: string, workerId: string, leaseMs: number): Promise<boolean> {
  const r = await db.query(
    `UPDATE instances SET lease_expires_at = now() + ($3 || ' milliseconds')::interval
      WHERE id = $1 AND lease_owner = $2`,
    [instanceId, workerId, String(leaseMs)],
  );
  return r.rowCount > 0;
}

/** Gives an instance back to the queue (retry later, or another worker). */
export async function releaseInstance(
  db: Db,
  instanceId: string,
  workerId: string,
  update: { runAfterMs?: number; stepAttempt?: number; waiting?: boolean },
): Promise<void> {
  await db.query(
    `UPDATE instances
        SET lease_owner = NULL, lease_expires_at = NULL,
            run_after = now() + ($3 || ' milliseconds')::interval,
            step_attempt = COALESCE($4, step_attempt),
            waiting = COALESCE($5, waiting),
            queued = CASE WHEN COALESCE($5, false) THEN false ELSE queued END,
            last_updated_dtm = now()
      WHERE id = $1 AND lease_owner = $2`,
    [instanceId, workerId, String(update.runAfterMs ?? 0), update.stepAttempt ?? null, update.waiting ?? null],
  );
}
