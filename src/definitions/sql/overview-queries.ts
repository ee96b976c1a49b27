import type { Db } from '../../store/db.js';
import type { InstanceRow } from '../../store/sql/instance-row.js';

export interface VersionRow {
  id: string;
  name: string;
  version: number;
  type: string;
  created_at: Date;
  used: boolean;
}

export async function definitionVersions(db: Db, tenantId: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(`SELECT id, name, version, type, created_at, used FROM definitions WHERE tenant_id = $1 ORDER BY name, version`, [tenantId]);
  return rows;
}

/** Instances per definition name and status. */
export async function instanceCountsByStatus(db: Db, tenantId: string): Promise<Array<{ name: string; status: string; n: number }>> {
  const { rows } = await db.query<{ name: string; status: string; n: number }>(
    `SELECT process_defn_name AS name, status, count(*)::int AS n FROM instances WHERE tenant_id = $1 GROUP BY 1, 2`,
    [tenantId],
  );
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** The newest `perName` instances of each definition name (one index range per name). */
export async function lastRunInstances(db: Db, tenantId: string, perName: number): Promise<InstanceRow[]> {
  const { rows } = await db.query<InstanceRow>(
    `SELECT i.* FROM (SELECT DISTINCT name FROM definitions WHERE tenant_id = $1) d
       CROSS JOIN LATERAL (
         SELECT * FROM instances WHERE tenant_id = $1 AND process_defn_name = d.name ORDER BY created_dtm DESC, id DESC LIMIT $2
       ) i`,
    [tenantId, perName],
  );
  return rows;
}
