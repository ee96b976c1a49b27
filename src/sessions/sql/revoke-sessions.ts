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

/** Sessions ended more than a day ago are of no further use (their sign-in and sign-out stay in the audit log). */
export async function purgeEndedSessions(db: Db): Promise<void> {
  await db.query(
    `DELETE FROM sessions WHERE expires_at < now() - interval '1 day'
        OR revoked_at < now() - interval '1 day' OR last_seen_at < now() - interval '1 day'`,
  );
}
