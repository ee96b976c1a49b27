import type { Db } from '../db.js';
import type { Individual } from '../../domain/index.js';

export async function upsertEntity(db: Db, tenantId: string, entity: Individual): Promise<void> {
  const { entityId, monitored: _m, createdAt: _c, updatedAt: _u, ...data } = entity;
  await db.query(
    `INSERT INTO entities (id, tenant_id, entity_type, data) VALUES ($1, $2, 'INDIVIDUAL', $3::jsonb)
     ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, updated_at = now() WHERE entities.tenant_id = EXCLUDED.tenant_id`,
    [entityId, tenantId, JSON.stringify(data)],
  );
}

export async function listEntities(db: Db, tenantId: string, limit: number, before?: string) {
  const { rows } = await db.query<{ id: string; data: Individual; monitored: boolean; created_at: Date }>(
    `SELECT id, data, monitored, created_at FROM entities
      WHERE tenant_id = $1 AND ($2::text IS NULL OR id < $2) ORDER BY id DESC LIMIT $3`,
    [tenantId, before ?? null, limit],
  );
  return rows;
}
