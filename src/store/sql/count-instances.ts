import type { Db } from '../db.js';
import { instanceWhere, type InstanceFilters } from './list-instances.js';

/** How many instances the list's filters match. */
export async function countInstances(db: Db, tenantId: string, filters: InstanceFilters): Promise<number> {
  const { where, params } = instanceWhere(tenantId, filters);
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM instances WHERE ${where.join(' AND ')}`, params);
  return Number(rows[0]?.n ?? 0);
}
