import type { Db } from '../store/db.js';

/** The tenant a CLI command acts for: the given one, else the only tenant, else "demo"; otherwise it stops with the fix. */
export async function cliTenant(db: Db, given: string | undefined): Promise<string> {
  if (given) {
    const { rowCount } = await db.query(`SELECT 1 FROM tenants WHERE id = $1`, [given]);
    if (rowCount === 0) throw Object.assign(new Error(`tenant ${given} does not exist: idflow tenants lists them`), { code: 'NOT_FOUND' });
    return given;
  }
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM tenants ORDER BY created_at LIMIT 2`);
  if (rows.length === 1) return rows[0]!.id;
  if (rows.some((r) => r.id === 'demo')) return 'demo';
  if (rows.length === 0) throw Object.assign(new Error('no tenant exists: run `idflow serve --demo` once or `idflow tenants create <name>`'), { code: 'NOT_FOUND' });
  throw Object.assign(new Error('several tenants exist: pass --tenant <id>'), { code: 'USAGE', exitCode: 2 });
}
