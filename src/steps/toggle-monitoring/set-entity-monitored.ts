import type { Db } from '../../store/db.js';

/** Sets whether an entity is re-screened when lists change; false when the tenant has no such entity. */
export async function setEntityMonitored(db: Db, tenantId: string, entityId: string, monitored: boolean): Promise<boolean> {
  const r = await db.query('UPDATE entities SET monitored = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    entityId,
    monitored,
  ]);
  return r.rowCount > 0;
}
