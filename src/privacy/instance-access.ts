import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';

interface Viewer {
  tenantId: string;
  actor: string;
  sessionId: string;
  requestId?: string;
}

/** Marks the instance as seen (or revealed) in this session; true the first time. */
async function mark(db: Db, sessionId: string, instanceId: string, kind: 'view' | 'reveal'): Promise<boolean> {
  const r = await db.query(
    `INSERT INTO session_instance_access (session_id, instance_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
    [sessionId, instanceId, kind],
  );
  return r.rowCount > 0;
}

/** Who viewed which instance's personal data: one audit entry per instance per session. */
export async function recordInstanceView(db: Db, v: Viewer, instanceId: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await mark(tx, v.sessionId, instanceId, 'view'))) return;
    await appendAudit(tx, { tenantId: v.tenantId, actor: v.actor, action: 'instance.view', targetType: 'process_instance', targetId: instanceId, requestId: v.requestId, details: { sessionId: v.sessionId } });
  });
}

/** An explicit reveal of document numbers and images for the rest of the session; every reveal is audited. */
export async function revealInstance(db: Db, v: Viewer, instanceId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await mark(tx, v.sessionId, instanceId, 'reveal');
    await appendAudit(tx, { tenantId: v.tenantId, actor: v.actor, action: 'instance.reveal', targetType: 'process_instance', targetId: instanceId, requestId: v.requestId, details: { sessionId: v.sessionId } });
  });
}

export async function isRevealed(db: Db, sessionId: string, instanceId: string): Promise<boolean> {
  const r = await db.query(`SELECT 1 FROM session_instance_access WHERE session_id = $1 AND instance_id = $2 AND kind = 'reveal'`, [sessionId, instanceId]);
  return r.rowCount > 0;
}
