import type { Db } from '../../store/db.js';
import { dropRecordPartitions } from './record-partition.js';

/** Deletes a tenant's source with all its versions and records; false when it does not exist. */
export async function deleteSource(db: Db, tenantId: string, name: string): Promise<{ deleted: boolean; versions: number }> {
  return db.transaction(async (tx) => {
    const versions = await tx.query<{ id: string }>(`SELECT id FROM kyc_source_versions WHERE tenant_id = $1 AND source = $2`, [tenantId, name]);
    await dropRecordPartitions(tx, versions.rows.map((v) => v.id));
    const { rowCount } = await tx.query(`DELETE FROM kyc_sources WHERE tenant_id = $1 AND name = $2`, [tenantId, name]);
    return { deleted: rowCount > 0, versions: versions.rows.length };
  });
}
