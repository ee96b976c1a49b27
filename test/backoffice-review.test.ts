import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from './helpers/sessions.js';
import { createTestApp, KYC_BASIC, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let r1: SignedIn;
let r2: SignedIn;
let viewer: SignedIn;

/** An instance in REVIEW: the applicant's email is on the tenant's block list. */
async function instanceInReview(): Promise<string> {
  const res = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', { individual: { name: { givenName: 'Rev', familyName: 'Iew' }, email: 'blocked@example.com' } });
  expect(res.status).toBe(200);
  const id = res.body.workflowResult.workflowExecutionId as string;
  expect((await t.call('GET', `/api/v1/process-instances/${id}`)).body.status).toBe('REVIEW');
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  await t.call('POST', '/api/v1/definitions', KYC_BASIC);
  const list = await t.call('POST', '/api/v1/matchlists', { name: 'fraud', kind: 'block' });
  await t.call('POST', `/api/v1/matchlists/${list.body.id}/entries`, { entries: [{ entryType: 'EMAIL', value: 'blocked@example.com' }] });
  r1 = await signedIn(t, 'reviewer');
  r2 = await signedIn(t, 'reviewer');
  viewer = await signedIn(t, 'viewer');
});
afterAll(async () => t?.close());

describe('four-eyes review', () => {
  it('makes accepting an instance in REVIEW a proposal that another reviewer approves, never the proposer', async () => {
    const id = await instanceInReview();
    const proposed = await r1.call('PATCH', `/api/v1/process-instances/${id}`, { status: 'COMPLETED_ENDED_SUCCESS', comment: 'documents fine' });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(202);
    expect(proposed.body.proposal).toMatchObject({ instanceId: id, proposedBy: r1.username, status: 'COMPLETED_ENDED_SUCCESS', comment: 'documents fine', state: 'PENDING' });
    expect((await t.call('GET', `/api/v1/process-instances/${id}`)).body.status).toBe('REVIEW');
    // The workflow vocabulary is covered the same way, and one proposal waits at a time.
    const again = await r2.call('PATCH', `/api/v1/process-instances/${id}`, { status: 'APPROVED' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PROPOSAL_PENDING');

    const queue = await viewer.call('GET', '/api/v1/review-queue');
    expect(queue.status).toBe(200);
    expect(queue.body.instances.map((i: any) => i.id)).toContain(id);
    expect(queue.body.proposals.map((p: any) => p.id)).toEqual([proposed.body.proposal.id]);

    const self = await r1.call('POST', `/api/v1/review-proposals/${proposed.body.proposal.id}/approve`, {});
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('PROPOSER_CANNOT_DECIDE');
    expect((await viewer.call('POST', `/api/v1/review-proposals/${proposed.body.proposal.id}/approve`, {})).status).toBe(403);

    const approved = await r2.call('POST', `/api/v1/review-proposals/${proposed.body.proposal.id}/approve`, { comment: 'agreed' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.proposal).toMatchObject({ state: 'APPROVED', decidedBy: r2.username, decisionComment: 'agreed' });
    expect(approved.body.instance).toMatchObject({ id, status: 'COMPLETED_ENDED_SUCCESS', reviewedBy: r1.username });
    const record = (await t.call('GET', `/api/v1/process-instances/${id}`)).body;
    expect(record.workflowResult.status).toBe('APPROVED');

    const twice = await r2.call('POST', `/api/v1/review-proposals/${proposed.body.proposal.id}/reject`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('PROPOSAL_ALREADY_DECIDED');

    const trail = await viewer.call('GET', `/api/v1/process-instances/${id}/audit-trail`);
    expect(trail.status).toBe(200);
    const actions = trail.body.entries.map((e: any) => [e.action, e.actor]);
    expect(actions).toEqual(expect.arrayContaining([
      ['instance.override_proposed', r1.username],
      ['instance.override_approved', r2.username],
      ['instance.status_override', r2.username],
    ]));
    const ids = trail.body.entries.map((e: any) => e.id);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => a - b));
    expect((await t.call('GET', '/api/v1/audit-log/verify')).body.intact).toBe(true);
    // The audit log filters by action and actor, and by time.
    const byAction = await viewer.call('GET', `/api/v1/audit-log?action=instance.override_approved&actor=${r2.username}`);
    expect(byAction.body.entries.map((e: any) => e.targetId)).toEqual([id]);
    const future = await viewer.call('GET', `/api/v1/audit-log?from=${new Date(Date.now() + 60_000).toISOString()}`);
    expect(future.body.entries).toEqual([]);
    const decided = await viewer.call('GET', `/api/v1/review-proposals?instanceId=${id}`);
    expect(decided.body.proposals.map((p: any) => p.state)).toEqual(['APPROVED']);
  });

  it('keeps the instance in REVIEW when the proposal is rejected', async () => {
    const id = await instanceInReview();
    const proposed = await r1.call('PATCH', `/api/v1/process-instances/${id}`, { status: 'COMPLETED_ENDED_SUCCESS' });
    const rejected = await r2.call('POST', `/api/v1/review-proposals/${proposed.body.proposal.id}/reject`, { comment: 'no proof of address' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.proposal.state).toBe('REJECTED');
    expect((await t.call('GET', `/api/v1/process-instances/${id}`)).body.status).toBe('REVIEW');
    const pending = await viewer.call('GET', '/api/v1/review-proposals?state=PENDING');
    expect(pending.body.proposals.map((p: any) => p.instanceId)).not.toContain(id);
  });

  it('applies overrides the setting does not cover at once; an admin changes the setting (audited)', async () => {
    const id = await instanceInReview();
    const declined = await r1.call('PATCH', `/api/v1/process-instances/${id}`, { status: 'COMPLETED_ENDED_ERROR' });
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('COMPLETED_ENDED_ERROR');

    expect((await viewer.call('GET', '/api/v1/settings/review')).body).toEqual({ fourEyes: { enabled: true, statuses: ['COMPLETED_ENDED_SUCCESS'] } });
    expect((await r1.call('PUT', '/api/v1/settings/review', { fourEyes: { enabled: false, statuses: [] } })).status).toBe(403);
    const admin = await signedIn(t, 'admin');
    const saved = await admin.call('PUT', '/api/v1/settings/review', { fourEyes: { enabled: true, statuses: ['COMPLETED_ENDED_SUCCESS', 'COMPLETED_ENDED_ERROR'] } });
    expect(saved.status).toBe(200);
    expect(saved.body.fourEyes.statuses).toEqual(['COMPLETED_ENDED_SUCCESS', 'COMPLETED_ENDED_ERROR']);
    const next = await instanceInReview();
    expect((await r1.call('PATCH', `/api/v1/process-instances/${next}`, { status: 'COMPLETED_ENDED_ERROR' })).status).toBe(202);
    const audit = await t.testDb.db.query<{ actor: string }>(`SELECT actor FROM audit_log WHERE action = 'settings.review_update'`);
    expect(audit.rows.map((r) => r.actor)).toEqual([admin.username]);
    await admin.call('PUT', '/api/v1/settings/review', { fourEyes: { enabled: false, statuses: [] } });
    const off = await instanceInReview();
    expect((await r1.call('PATCH', `/api/v1/process-instances/${off}`, { status: 'COMPLETED_ENDED_SUCCESS' })).status).toBe(200);
  });
});
