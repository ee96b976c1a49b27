import type { Db } from '../../store/db.js';

/** Deletes a list with its entries; false when the tenant has no such list. */
export async function deleteMatchlist(db: Db, tenantId: string, id: string): Promise<boolean> {
  const r = await db.query('DELETE FROM matchlists WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
  return r.rowCount > 0;
}
