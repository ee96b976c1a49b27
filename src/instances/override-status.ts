import { IdflowError, notFound, statusesAfterOverride, type WorkflowStatus } from '../domain/index.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { loadInstanceForUpdate } from '../store/sql/load-instance.js';
import { overrideInstanceStatus } from '../store/sql/update-instance-status.js';
import { proposeOverrideIfRequired } from '../reviews/propose-override.js';
import type { ProposalView } from '../reviews/proposal-view.js';
import type { Caller } from './caller.js';
import { instanceHeader, type InstanceHeader } from './instance-record.js';

export type OverrideOutcome = { instance: InstanceHeader } | { proposal: ProposalView };

/**
 * A reviewer's decision: the status changes (given in the instance or the workflow vocabulary), the
 * automated result stays, and the audit entry is written in the same transaction. Where the tenant's
 * four-eyes setting covers the change, it becomes a proposal another reviewer decides instead.
 */
export async function overrideStatus(db: Db, caller: Caller, instanceId: string, change: { status: string; comment?: string }): Promise<OverrideOutcome> {
  return db.transaction(async (tx) => {
    const row = await loadInstanceForUpdate(tx, caller.tenantId, instanceId);
    if (!row) throw notFound('process instance', instanceId);
    if (!row.completed_dtm && row.status !== 'REVIEW') {
      throw new IdflowError('conflict', 'INSTANCE_NOT_FINISHED', `instance ${row.id} is ${row.status}: a status can be overridden once the workflow has finished`);
    }
    const { status, wfStatus } = statusesAfterOverride(change.status, row.wf_status as WorkflowStatus);
    const proposal = await proposeOverrideIfRequired(tx, caller.tenantId, {
      instance: { id: row.id, status: row.status, wfStatus: row.wf_status },
      to: { status, wfStatus },
      comment: change.comment,
      actor: caller.actor,
      requestId: caller.requestId,
    });
    if (proposal) return { proposal };
    const updated = await overrideInstanceStatus(tx, caller.tenantId, row.id, { status, wfStatus, by: caller.actor, requestId: caller.requestId, comment: change.comment });
    if (!updated) throw notFound('process instance', instanceId);
    await appendAudit(tx, {
      tenantId: caller.tenantId,
      actor: caller.actor,
      action: 'instance.status_override',
      targetType: 'process_instance',
      targetId: row.id,
      requestId: caller.requestId,
      details: { from: { status: row.status, workflowStatus: row.wf_status }, to: { status, workflowStatus: wfStatus }, result: row.wf_result, comment: change.comment ?? null },
    });
    return { instance: instanceHeader(updated) };
  });
}
