import { Failure } from '../domain/failure.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { revokeUserSessions } from '../sessions/sql/revoke-sessions.js';
import { getUser } from './sql/find-users.js';
import { updateUser } from './sql/update-user.js';
import type { UserRow } from './sql/user-row.js';
import { hashPassword } from './password.js';
import type { UserChange } from './user-input.js';

/**
 * Changes a user's role, disabled flag or password. Disabling or a new password ends the user's
 * sessions. A signed-in admin cannot disable or demote themselves (the tenant would lose its admin).
 */
export async function changeUser(
  db: Db,
  tenantId: string,
  id: string,
  change: UserChange,
  by: { actor: string; requestId?: string; userId?: string },
): Promise<UserRow> {
  if (by.userId === id && (change.disabled === true || (change.role !== undefined && change.role !== 'admin'))) {
    throw new Failure('CONFLICT', 'CANNOT_CHANGE_OWN_ACCESS', 'you cannot disable or demote your own account: ask another admin');
  }
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
  return db.transaction(async (tx) => {
    const before = await getUser(tx, tenantId, id);
    if (!before) throw new Failure('NOT_FOUND', 'NOT_FOUND', `user ${id} does not exist (or belongs to another tenant): check the id`);
    const after = (await updateUser(tx, tenantId, id, { role: change.role, disabled: change.disabled, passwordHash }))!;
    if (change.disabled === true || passwordHash !== undefined) await revokeUserSessions(tx, id);
    await appendAudit(tx, {
      tenantId,
      actor: by.actor,
      action: 'user.update',
      targetType: 'user',
      targetId: id,
      requestId: by.requestId,
      details: {
        username: after.username,
        ...(change.role !== undefined ? { role: { from: before.role, to: after.role } } : {}),
        ...(change.disabled !== undefined ? { disabled: { from: before.disabled, to: after.disabled } } : {}),
        ...(passwordHash !== undefined ? { passwordChanged: true } : {}),
      },
    });
    return after;
  });
}
