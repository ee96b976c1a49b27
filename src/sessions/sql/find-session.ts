import type { Db } from '../../store/db.js';
import type { SessionRow } from './session-row.js';

/** The session for a token hash, if it is neither revoked nor expired (idle or absolute) and its user is enabled. */
export async function findLiveSession(db: Db, tokenHash: string, idleMs: number): Promise<SessionRow | undefined> {
  const { rows } = await db.query<SessionRow>(
    `SELECT s.id, s.user_id, s.tenant_id, t.name AS tenant_name, u.username, u.role, s.csrf_token, s.last_seen_at
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN tenants t ON t.id = s.tenant_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        AND s.last_seen_at > now() - ($2::bigint * interval '1 millisecond') AND NOT u.disabled`,
    [tokenHash, idleMs],
  );
  return rows[0];
}

export async function touchSession(db: Db, id: string): Promise<void> {
  await db.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
}
