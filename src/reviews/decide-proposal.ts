import { Failure } from '../domain/failure.js';
import { instanceHeader, type InstanceHeader } from '../engine/instance-record.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { loadInstance } from '../store/sql/load-instance.js';
import { overrideInstanceStatus } from '../store/sql/update-instance-status.js';
import { proposalView, type ProposalView } from './proposal-view.js';
import { decideProposal, lockProposal } from './sql/proposals.js';

/**
 * A second reviewer approves (the override is applied) or rejects a proposal. Never the proposer; a
 * decided proposal stays decided; an instance that left REVIEW meanwhile cannot be approved. The
 * decision, the override and their audit entries are one transaction.
 */
export async function decideOverrideProposal(
  db: Db,
  tenantId: string,
  proposalId: string,
  decision: 'APPROVED' | 'REJECTED',
  by: { actor: string; requestId: string; comment?: string },
): Promise<{ proposal: ProposalView; instance?: InstanceHeader }> {
  return db.transaction(async (tx) => {
    const p = await lockProposal(tx, tenantId, proposalId);
    if (!p) throw new Failure('NOT_FOUND', 'NOT_FOUND', `review proposal ${proposalId} does not exist (or belongs to another tenant): check the id`);
    if (p.state !== 'PENDING') throw new Failure('CONFLICT', 'PROPOSAL_ALREADY_DECIDED', `proposal ${p.id} was already ${p.state.toLowerCase()} by ${p.decided_by}`);
    if (p.proposed_by === by.actor) throw new Failure('FORBIDDEN', 'PROPOSER_CANNOT_DECIDE', 'you proposed this override: another reviewer must approve or reject it (four-eyes)');
    const row = await loadInstance(tx, tenantId, p.instance_id);
    if (!row) throw new Failure('NOT_FOUND', 'NOT_FOUND', `process instance ${p.instance_id} no longer exists`);
    const details = { proposalId: p.id, proposedBy: p.proposed_by, to: { status: p.status, workflowStatus: p.wf_status }, comment: by.comment ?? null };
    if (decision === 'REJECTED') {
      const rejected = await decideProposal(tx, p.id, { state: 'REJECTED', by: by.actor, comment: by.comment });
      await appendAudit(tx, { tenantId, actor: by.actor, action: 'instance.override_rejected', targetType: 'process_instance', targetId: p.instance_id, requestId: by.requestId, details });
      return { proposal: proposalView(rejected) };
    }
    if (row.status !== 'REVIEW') {
      throw new Failure('CONFLICT', 'INSTANCE_CHANGED', `instance ${row.id} is no longer in REVIEW (now ${row.status}): reject this proposal`);
    }
    const approved = await decideProposal(tx, p.id, { state: 'APPROVED', by: by.actor, comment: by.comment });
    const updated = (await overrideInstanceStatus(tx, tenantId, row.id, { status: p.status, wfStatus: p.wf_status, by: p.proposed_by, requestId: by.requestId, comment: p.comment ?? undefined }))!;
    await appendAudit(tx, { tenantId, actor: by.actor, action: 'instance.override_approved', targetType: 'process_instance', targetId: row.id, requestId: by.requestId, details });
    await appendAudit(tx, {
      tenantId,
      actor: by.actor,
      action: 'instance.status_override',
      targetType: 'process_instance',
      targetId: row.id,
      requestId: by.requestId,
      details: {
        from: { status: row.status, workflowStatus: row.wf_status },
        to: { status: p.status, workflowStatus: p.wf_status },
        result: row.wf_result,
        comment: p.comment,
        proposalId: p.id,
        proposedBy: p.proposed_by,
        approvedBy: by.actor,
      },
    });
    return { proposal: proposalView(approved), instance: instanceHeader(updated) };
  });
}
