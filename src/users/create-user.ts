import { Failure } from '../domain/failure.js';
import { newId } from '../engine/ids.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { findUserByUsername } from './sql/find-users.js';
import { insertUser } from './sql/insert-user.js';
import type { UserRow } from './sql/user-row.js';
import { hashPassword } from './password.js';
import type { NewUser } from './user-input.js';

/** Creates a back-office user in a tenant; the audit entry is written in the same transaction. */
export async function createUser(db: Db, tenantId: string, user: NewUser, by: { actor: string; requestId?: string }): Promise<UserRow> {
  const passwordHash = await hashPassword(user.password);
  return db.transaction(async (tx) => {
    const tenant = await tx.query(`SELECT 1 FROM tenants WHERE id = $1`, [tenantId]);
    if (tenant.rowCount === 0) throw new Failure('NOT_FOUND', 'TENANT_NOT_FOUND', `tenant ${tenantId} does not exist: see \`idflow tenants list\``);
    if (await findUserByUsername(tx, user.username)) {
      throw new Failure('CONFLICT', 'USERNAME_TAKEN', `username ${user.username} is taken (usernames are unique across the installation, ignoring case): choose another`);
    }
    const row = await insertUser(tx, { id: newId(), tenantId, username: user.username, passwordHash, role: user.role });
    await appendAudit(tx, {
      tenantId,
      actor: by.actor,
      action: 'user.create',
      targetType: 'user',
      targetId: row.id,
      requestId: by.requestId,
      details: { username: row.username, role: row.role },
    });
    return row;
  });
}
