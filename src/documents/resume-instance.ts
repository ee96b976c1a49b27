import type { Db } from '../store/db.js';
import { wakeInstance } from '../store/sql/update-instance-status.js';

/**
 * After a document arrives: an instance waiting for it (at its IDV step) goes back on the queue.
 * Returns whether it was waiting. The caller may also nudge its worker.
 */
export async function resumeInstanceForDocument(db: Db, tenantId: string, instanceId: string): Promise<boolean> {
  const { rows } = await db.query<{ waiting: boolean }>(`SELECT waiting FROM instances WHERE tenant_id = $1 AND id = $2`, [tenantId, instanceId]);
  if (!rows[0]?.waiting) return false;
  return wakeInstance(db, tenantId, instanceId);
}
