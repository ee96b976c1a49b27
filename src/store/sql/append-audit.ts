import { createHash } from 'node:crypto';
import type { Db } from '../db.js';

export interface AuditEntry {
  tenantId: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  requestId?: string;
  details?: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);

/** Appends to the tenant's hash-chained audit log: each entry's hash covers the previous hash. */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.transaction(async (tx) => {
    if (tx.kind === 'pg') await tx.query(`SELECT pg_advisory_xact_lock(hashtext('audit:' || $1))`, [entry.tenantId]);
    const last = await tx.query<{ hash: string }>(
      `SELECT hash FROM audit_log WHERE tenant_id = $1 ORDER BY id DESC LIMIT 1`,
      [entry.tenantId],
    );
    const prevHash = last.rows[0]?.hash ?? GENESIS;
    const at = new Date().toISOString();
    const details = entry.details ?? {};
    const hash = auditHash(prevHash, { at, ...entry, details });
    await tx.query(
      `INSERT INTO audit_log (tenant_id, at, actor, action, target_type, target_id, request_id, details, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
      [entry.tenantId, at, entry.actor, entry.action, entry.targetType, entry.targetId, entry.requestId ?? null, JSON.stringify(details), prevHash, hash],
    );
  });
}

/** Object keys sorted at every level: jsonb does not keep key order, so the hash must not depend on it. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
  );
}

export function auditHash(prevHash: string, entry: AuditEntry & { at: string }): string {
  const details = sortedKeys(JSON.parse(JSON.stringify(entry.details ?? {})));
  const canonical = JSON.stringify([entry.at, entry.actor, entry.action, entry.targetType, entry.targetId, entry.requestId ?? null, details]);
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

export interface AuditRow {
  id: string | number;
  at: Date;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  request_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

/** Recomputes the chain; returns the id of the first broken entry, or null when intact. */
export async function verifyAuditChain(db: Db, tenantId: string): Promise<number | null> {
  const { rows } = await db.query<AuditRow>(`SELECT * FROM audit_log WHERE tenant_id = $1 ORDER BY id`, [tenantId]);
  let prev = GENESIS;
  for (const r of rows) {
    const at = new Date(r.at).toISOString();
    const expected = auditHash(prev, {
      at,
      tenantId,
      actor: r.actor,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      requestId: r.request_id ?? undefined,
      details: r.details,
    });
    if (r.prev_hash !== prev || r.hash !== expected) return Number(r.id);
    prev = r.hash;
  }
  return null;
}
