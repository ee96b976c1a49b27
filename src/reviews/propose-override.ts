import { Failure } from '../domain/failure.js';
import type { InstanceStatus } from '../domain/index.js';
import { newId } from '../engine/ids.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { proposalView, type ProposalView } from './proposal-view.js';
import { needsSecondReviewer } from './review-settings.js';
import { insertProposal, pendingProposalFor } from './sql/proposals.js';
import { loadReviewSettings } from './sql/review-settings.js';

export interface OverrideRequest {
  instance: { id: string; status: string; wfStatus: string };
  to: { status: InstanceStatus; wfStatus: string };
  comment?: string;
  actor: string;
  requestId?: string;
}

/**
 * When the tenant's four-eyes setting covers this override, records it as a proposal (audited, in one
 * transaction) and returns it; otherwise returns undefined and the caller applies the override.
 */
export async function proposeOverrideIfRequired(db: Db, tenantId: string, o: OverrideRequest): Promise<ProposalView | undefined> {
  const settings = await loadReviewSettings(db, tenantId);
  if (!needsSecondReviewer(settings, o.instance.status, o.to.status)) return undefined;
  return db.transaction(async (tx) => {
    const pending = await pendingProposalFor(tx, tenantId, o.instance.id);
    if (pending) {
      throw new Failure('CONFLICT', 'PROPOSAL_PENDING', `instance ${o.instance.id} already has a proposal waiting (${pending.id}): approve or reject it first`, { proposalId: pending.id });
    }
    const proposal = await insertProposal(tx, {
      id: newId(),
      tenantId,
      instanceId: o.instance.id,
      proposedBy: o.actor,
      status: o.to.status,
      wfStatus: o.to.wfStatus,
      comment: o.comment,
      requestId: o.requestId,
    });
    await appendAudit(tx, {
      tenantId,
      actor: o.actor,
      action: 'instance.override_proposed',
      targetType: 'process_instance',
      targetId: o.instance.id,
      requestId: o.requestId,
      details: {
        proposalId: proposal.id,
        from: { status: o.instance.status, workflowStatus: o.instance.wfStatus },
        to: { status: o.to.status, workflowStatus: o.to.wfStatus },
        comment: o.comment ?? null,
      },
    });
    return proposalView(proposal);
  });
}
