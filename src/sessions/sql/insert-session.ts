import type { Db } from '../../store/db.js';

export async function insertSession(
  db: Db,
  s: { id: string; tokenHash: string; userId: string; tenantId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO sessions (token_hash, id, user_id, tenant_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [s.tokenHash, s.id, s.userId, s.tenantId, s.csrfToken, s.expiresAt.toISOString()],
  );
}
