import type { Db } from '../../store/db.js';

/** The parameter names the tenant's process tokens use (kept by a trigger on process_tokens). */
export async function tokenParameterNames(db: Db, tenantId: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(`SELECT name FROM token_parameter_names WHERE tenant_id = $1 ORDER BY name`, [tenantId]);
  return rows.map((r) => r.name);
}
