import type { Db } from '../../store/db.js';
import type { InstanceRow } from '../../store/sql/instance-row.js';

/** Instances waiting for a reviewer, oldest first (the status index read backwards). */
export async function instancesInReview(db: Db, tenantId: string, limit: number): Promise<InstanceRow[]> {
  const { rows } = await db.query<InstanceRow>(
    `SELECT * FROM instances WHERE tenant_id = $1 AND status = 'REVIEW' ORDER BY created_dtm, id LIMIT $2`,
    [tenantId, limit],
  );
  return rows;
}
