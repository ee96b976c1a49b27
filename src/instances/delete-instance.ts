import { notFound } from '../domain/index.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { deleteInstance as deleteInstanceRow } from '../store/sql/update-instance-status.js';
import type { Caller } from './caller.js';

/** Deletes an instance with its results, documents and images (the schema cascades); audited in the same transaction. */
export async function deleteInstance(db: Db, caller: Caller, instanceId: string): Promise<{ deleted: true; id: string }> {
  return db.transaction(async (tx) => {
    if (!(await deleteInstanceRow(tx, caller.tenantId, instanceId))) throw notFound('process instance', instanceId);
    await appendAudit(tx, { tenantId: caller.tenantId, actor: caller.actor, action: 'instance.delete', targetType: 'process_instance', targetId: instanceId, requestId: caller.requestId });
    return { deleted: true, id: instanceId };
  });
}
