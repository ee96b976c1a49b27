import type { Role } from '../../domain/index.js';
import type { Db } from '../../store/db.js';
import type { UserRow } from './user-row.js';

/** Changes only the fields given; returns the updated row. */
export async function updateUser(
  db: Db,
  tenantId: string,
  id: string,
  change: { role?: Role; disabled?: boolean; passwordHash?: string },
): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(
    `UPDATE users SET role = COALESCE($3, role), disabled = COALESCE($4, disabled), password_hash = COALESCE($5, password_hash), updated_at = now()
      WHERE tenant_id = $1 AND id = $2 RETURNING *`,
    [tenantId, id, change.role ?? null, change.disabled ?? null, change.passwordHash ?? null],
  );
  return rows[0];
}

export async function recordLogin(db: Db, id: string): Promise<void> {
  await db.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [id]);
}
