import type { Db } from '../../store/db.js';

/** Deletes one entry of one of the tenant's lists; false when there is no such entry in that list. */
export async function deleteEntry(db: Db, tenantId: string, matchlistId: string, entryId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const r = await tx.query('DELETE FROM matchlist_entries WHERE tenant_id = $1 AND matchlist_id = $2 AND id = $3', [
      tenantId,
      matchlistId,
      entryId,
    ]);
    if (r.rowCount === 0) return false;
    await tx.query('UPDATE matchlists SET updated_at = now() WHERE tenant_id = $1 AND id = $2', [tenantId, matchlistId]);
    return true;
  });
}
