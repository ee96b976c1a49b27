import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../domain/index.js';
import type { Db } from '../db.js';
import { newId } from '../../domain/ids.js';

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Creates an API key; the plain key is returned once and only its hash is stored. */
export async function createApiKey(
  db: Db,
  tenantId: string,
  name: string,
  role: Role,
  plain?: string,
): Promise<{ id: string; key: string }> {
  const key = plain ?? `idf_${randomBytes(24).toString('base64url')}`;
  const id = newId();
  await db.query(
    `INSERT INTO api_keys (id, tenant_id, name, role, key_prefix, key_hash) VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, tenantId, name, role, key.slice(0, 8), hashKey(key)],
  );
  return { id, key };
}

export async function findApiKey(db: Db, key: string): Promise<{ tenantId: string; role: Role; keyId: string; name: string } | undefined> {
  const { rows } = await db.query<{ tenant_id: string; role: Role; id: string; name: string }>(
    `SELECT tenant_id, role, id, name FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL`,
    [hashKey(key)],
  );
  const r = rows[0];
  return r && { tenantId: r.tenant_id, role: r.role, keyId: r.id, name: r.name };
}

export async function createTenant(db: Db, name: string, id = newId()): Promise<{ id: string; name: string }> {
  await db.query(`INSERT INTO tenants (id, name) VALUES ($1, $2)`, [id, name]);
  return { id, name };
}
