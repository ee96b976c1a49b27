import { IdflowError, notFound } from '../domain/index.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { loadInstanceForUpdate } from '../store/sql/load-instance.js';
import { setPaused } from '../store/sql/update-instance-status.js';
import type { Caller } from './caller.js';
import { instanceHeader, type InstanceHeader } from './instance-record.js';

/** Pauses a running instance: no worker claims it until it is resumed. Audited in the same transaction. */
export async function pauseInstance(db: Db, caller: Caller, instanceId: string): Promise<InstanceHeader> {
  return setRunning(db, caller, instanceId, 'pause');
}

/** Resumes a paused instance; the caller's worker should then be woken. Audited in the same transaction. */
export async function resumeInstance(db: Db, caller: Caller, instanceId: string): Promise<InstanceHeader> {
  return setRunning(db, caller, instanceId, 'resume');
}

async function setRunning(db: Db, caller: Caller, instanceId: string, action: 'pause' | 'resume'): Promise<InstanceHeader> {
  return db.transaction(async (tx) => {
    const row = await loadInstanceForUpdate(tx, caller.tenantId, instanceId);
    if (!row) throw notFound('process instance', instanceId);
    if (row.completed_dtm) throw new IdflowError('conflict', 'INSTANCE_FINISHED', `instance ${row.id} has finished (${row.status}); only running instances can be paused or resumed`);
    if (action === 'resume' && !row.paused) throw new IdflowError('conflict', 'INSTANCE_NOT_PAUSED', `instance ${row.id} is not paused`);
    const updated = await setPaused(tx, caller.tenantId, row.id, action === 'pause');
    if (!updated) throw new IdflowError('conflict', 'INSTANCE_FINISHED', `instance ${row.id} finished meanwhile`);
    await appendAudit(tx, { tenantId: caller.tenantId, actor: caller.actor, action: `instance.${action}`, targetType: 'process_instance', targetId: row.id, requestId: caller.requestId });
    return instanceHeader(updated);
  });
}
