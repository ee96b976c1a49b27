import type { Db } from '../../store/db.js';

interface AuditRow {
  id: number;
  at: Date;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  request_id: string | null;
  details: Record<string, unknown>;
}

/** Entries whose target is the instance, or that name it in details.instanceId (PROs, risk factors, documents); oldest first. */
export async function instanceAuditTrail(db: Db, tenantId: string, instanceId: string, limit = 1000) {
  const { rows } = await db.query<AuditRow>(
    `SELECT id, at, actor, action, target_type, target_id, request_id, details FROM audit_log
      WHERE tenant_id = $1 AND (target_id = $2 OR details->>'instanceId' = $2)
      ORDER BY id LIMIT $3`,
    [tenantId, instanceId, limit],
  );
  return rows.map((e) => ({
    id: Number(e.id),
    at: new Date(e.at).toISOString(),
    actor: e.actor,
    action: e.action,
    targetType: e.target_type,
    targetId: e.target_id,
    requestId: e.request_id,
    details: e.details,
  }));
}
