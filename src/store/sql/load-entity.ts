import type { Db } from '../db.js';
import type { Individual } from '../../domain/index.js';

export async function loadEntity(db: Db, tenantId: string, entityId: string): Promise<Individual | undefined> {
  const { rows } = await db.query<{ data: Individual; monitored: boolean; created_at: Date; updated_at: Date }>(
    `SELECT data, monitored, created_at, updated_at FROM entities WHERE tenant_id = $1 AND id = $2`,
    [tenantId, entityId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    ...row.data,
    entityId,
    monitored: row.monitored,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
