import type { Db } from '../../store/db.js';

export interface ProposalRow {
  id: string;
  tenant_id: string;
  instance_id: string;
  proposed_by: string;
  status: string;
  wf_status: string;
  comment: string | null;
  request_id: string | null;
  state: 'PENDING' | 'APPROVED' | 'REJECTED';
  decided_by: string | null;
  decided_at: Date | null;
  decision_comment: string | null;
  created_at: Date;
}

export async function insertProposal(
  db: Db,
  p: { id: string; tenantId: string; instanceId: string; proposedBy: string; status: string; wfStatus: string; comment?: string; requestId?: string },
): Promise<ProposalRow> {
  const { rows } = await db.query<ProposalRow>(
    `INSERT INTO review_proposals (id, tenant_id, instance_id, proposed_by, status, wf_status, comment, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [p.id, p.tenantId, p.instanceId, p.proposedBy, p.status, p.wfStatus, p.comment ?? null, p.requestId ?? null],
  );
  return rows[0]!;
}

export async function pendingProposalFor(db: Db, tenantId: string, instanceId: string): Promise<ProposalRow | undefined> {
  const { rows } = await db.query<ProposalRow>(`SELECT * FROM review_proposals WHERE tenant_id = $1 AND instance_id = $2 AND state = 'PENDING'`, [tenantId, instanceId]);
  return rows[0];
}

/** The proposal, locked for the decision (concurrent decisions wait, then see it decided). */
export async function lockProposal(db: Db, tenantId: string, id: string): Promise<ProposalRow | undefined> {
  const { rows } = await db.query<ProposalRow>(`SELECT * FROM review_proposals WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [tenantId, id]);
  return rows[0];
}

export async function decideProposal(db: Db, id: string, d: { state: 'APPROVED' | 'REJECTED'; by: string; comment?: string }): Promise<ProposalRow> {
  const { rows } = await db.query<ProposalRow>(
    `UPDATE review_proposals SET state = $2, decided_by = $3, decided_at = now(), decision_comment = $4 WHERE id = $1 RETURNING *`,
    [id, d.state, d.by, d.comment ?? null],
  );
  return rows[0]!;
}

/** Oldest first. */
export async function listProposals(db: Db, tenantId: string, filter: { state?: string; instanceId?: string; limit: number }): Promise<ProposalRow[]> {
  const { rows } = await db.query<ProposalRow>(
    `SELECT * FROM review_proposals WHERE tenant_id = $1 AND ($2::text IS NULL OR state = $2) AND ($3::text IS NULL OR instance_id = $3)
      ORDER BY created_at, id LIMIT $4`,
    [tenantId, filter.state ?? null, filter.instanceId ?? null, filter.limit],
  );
  return rows;
}
