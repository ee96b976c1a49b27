import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { revokeSession } from './sql/revoke-sessions.js';

/** Revokes the session and writes the sign-out to the audit log, in one transaction. */
export async function signOut(db: Db, session: { id: string; tenantId: string; userId: string; username: string }, requestId?: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await revokeSession(tx, session.id))) return;
    await appendAudit(tx, { tenantId: session.tenantId, actor: session.username, action: 'auth.logout', targetType: 'user', targetId: session.userId, requestId, details: { sessionId: session.id } });
  });
}
