import type { Db } from '../../store/db.js';

export async function revokeSession(db: Db, id: string): Promise<boolean> {
  const r = await db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
  return r.rowCount > 0;
}

/** Ends every session of a user (disabled, or a new password). */
export async function revokeUserSessions(db: Db, userId: string): Promise<number> {
  const r = await db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  return r.rowCount;
}
