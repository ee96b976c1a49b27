import type { Role } from '../../domain/index.js';
import type { Db } from '../../store/db.js';
import type { UserRow } from './user-row.js';

export async function insertUser(db: Db, u: { id: string; tenantId: string; username: string; passwordHash: string; role: Role }): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users (id, tenant_id, username, password_hash, role) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
    [u.id, u.tenantId, u.username, u.passwordHash, u.role],
  );
  return rows[0]!;
}
