import type { Db } from '../../store/db.js';

/** Deletes a tenant's source with all its versions and records; false when it does not exist. */
export async function deleteSource(db: Db, tenantId: string, name: string): Promise<{ deleted: boolean; versions: number }> {
  const versions = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM kyc_source_versions WHERE tenant_id = $1 AND source = $2`, [tenantId, name]);
  const { rowCount } = await db.query(`DELETE FROM kyc_sources WHERE tenant_id = $1 AND name = $2`, [tenantId, name]);
  return { deleted: rowCount > 0, versions: versions.rows[0]?.n ?? 0 };
}
