import type { Db } from '../../store/db.js';
import type { UserRow } from './user-row.js';

/** Usernames are unique across the installation, compared case-insensitively. */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(`SELECT * FROM users WHERE lower(username) = lower($1)`, [username]);
  return rows[0];
}

export async function getUser(db: Db, tenantId: string, id: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(`SELECT * FROM users WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
  return rows[0];
}

export async function listUsers(db: Db, tenantId: string): Promise<UserRow[]> {
  const { rows } = await db.query<UserRow>(`SELECT * FROM users WHERE tenant_id = $1 ORDER BY lower(username)`, [tenantId]);
  return rows;
}
