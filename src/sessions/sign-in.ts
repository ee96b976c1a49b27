import { Failure } from '../domain/failure.js';
import { newId } from '../engine/ids.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { findUserByUsername } from '../users/sql/find-users.js';
import { recordLogin } from '../users/sql/update-user.js';
import { decoyHash, verifyPassword } from '../users/password.js';
import { LOGIN_LOCK_MS, LOGIN_MAX_FAILURES, SESSION_ABSOLUTE_MS } from './session-policy.js';
import { clearFailures, lockedUntil, recordFailure } from './sql/login-throttle.js';
import { insertSession } from './sql/insert-session.js';
import { purgeEndedSessions } from './sql/revoke-sessions.js';
import { hashToken, newSecret } from './session-token.js';

export interface SignedIn {
  token: string;
  csrfToken: string;
  sessionId: string;
  user: { id: string; username: string; role: string; tenantId: string; tenantName: string };
}

const INVALID = () => new Failure('UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'the username or password is wrong, or the account is disabled');

function locked(until: Date): Failure {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new Failure('LOCKED', 'LOGIN_LOCKED', `too many failed sign-ins: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`, { retryAfterSeconds });
}

/**
 * Checks a username and password and opens a session. The same answer for an unknown user, a wrong
 * password and a disabled account; failures count per username and per client address, and a key
 * that reaches the limit is locked. Failures (the one that locks included) and sign-ins of known users
 * are in their tenant's audit log; an unknown username belongs to no tenant and is only counted.
 */
export async function signIn(db: Db, input: { username: string; password: string; ip: string; requestId?: string }): Promise<SignedIn> {
  const keys = [`user:${input.username.toLowerCase()}`, `ip:${input.ip}`];
  // A locked attempt is refused before any work (no hash, no audit entry: the failure that set the lock is audited).
  const lock = await lockedUntil(db, keys);
  if (lock) throw locked(lock);
  const user = await findUserByUsername(db, input.username);
  const passwordOk = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash()));
  if (!user || !passwordOk || user.disabled) {
    const until = await db.transaction(async (tx) => {
      const lockSet = await recordFailure(tx, keys, LOGIN_MAX_FAILURES, LOGIN_LOCK_MS);
      if (user) await audit(tx, user, 'auth.login_failed', input.requestId, { reason: !passwordOk ? 'wrong_password' : 'disabled', ip: input.ip, locked: !!lockSet });
      return lockSet;
    });
    throw until ? locked(until) : INVALID();
  }
  const token = newSecret();
  const csrfToken = newSecret();
  const sessionId = newId();
  const tenant = await db.transaction(async (tx) => {
    await insertSession(tx, { id: sessionId, tokenHash: hashToken(token), userId: user.id, tenantId: user.tenant_id, csrfToken, expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_MS) });
    await clearFailures(tx, [keys[0]!]);
    await purgeEndedSessions(tx);
    await recordLogin(tx, user.id);
    await audit(tx, user, 'auth.login', input.requestId, { sessionId, ip: input.ip });
    const { rows } = await tx.query<{ name: string }>(`SELECT name FROM tenants WHERE id = $1`, [user.tenant_id]);
    return rows[0]?.name ?? user.tenant_id;
  });
  return { token, csrfToken, sessionId, user: { id: user.id, username: user.username, role: user.role, tenantId: user.tenant_id, tenantName: tenant } };
}

function audit(db: Db, user: { id: string; tenant_id: string; username: string }, action: string, requestId: string | undefined, details: Record<string, unknown>) {
  return appendAudit(db, { tenantId: user.tenant_id, actor: user.username, action, targetType: 'user', targetId: user.id, requestId, details });
}
