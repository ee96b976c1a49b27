import type { ProposalRow } from './sql/proposals.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function proposalView(p: ProposalRow) {
  return {
    id: p.id,
    instanceId: p.instance_id,
    proposedBy: p.proposed_by,
    status: p.status,
    workflowStatus: p.wf_status,
    comment: p.comment,
    createdAt: iso(p.created_at)!,
    state: p.state,
    decidedBy: p.decided_by,
    decidedAt: iso(p.decided_at),
    decisionComment: p.decision_comment,
  };
}
export type ProposalView = ReturnType<typeof proposalView>;
