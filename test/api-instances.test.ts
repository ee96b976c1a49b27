import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, seedTenant, type Seeded } from './helpers/api-fixtures.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let a: Seeded;
/** Every instance of tenant A, newest first, as the unfiltered list returns them. */
let all: any[];

async function token(definitionId: string, parameters: Record<string, unknown>) {
  const res = await t.call('POST', '/api/v1/process-tokens', { processDefnId: definitionId, parameters });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}
async function startFrom(tokenId: string, times: number) {
  const ids: string[] = [];
  for (let i = 0; i < times; i++) {
    const res = await t.call('POST', `/api/v1/process-tokens/${tokenId}/instances`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids.push(res.body.id);
  }
  return ids;
}
async function list(query: string) {
  const res = await t.call('GET', `/api/v1/process-instances?limit=500&${query}`);
  expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body.processInstances as any[];
}
const ids = (rows: any[]) => rows.map((r) => r.id);
const count = async (table: string, instanceId: string) =>
  Number((await t.testDb.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table} WHERE instance_id = $1`, [instanceId])).rows[0].n);

beforeAll(async () => {
  t = await createTestApp();
  a = await seedTenant(t, t.keyA);
  const listing = await t.call('POST', '/api/v1/definitions', { format: 'json', name: 'listing', definition: { steps: [{ type: 'DECISION' }] } });
  expect(listing.status).toBe(201);
  const mary = await token(listing.body.id, { firstName: 'Mary', lastName: 'Smith', referenceID: 'REF-1' });
  const lower = await token(listing.body.id, { firstName: 'mary', lastName: 'smith' });
  const john = await token(a.definitionId, { firstName: 'John', lastName: 'Smith' });
  await startFrom(mary, 8);
  await startFrom(lower, 7);
  await startFrom(john, 8);
  all = await list('');
});
afterAll(async () => t?.close());

describe('process instance list', () => {
  it('lists every instance of the tenant, newest first', () => {
    expect(all.length).toBe(25);
    const keys = all.map((r) => [r.createdDtm, r.id].join(' '));
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('filters by each filter alone, exactly as the records say', async () => {
    const cases: [string, (r: any) => boolean][] = [
      ['status=PENDING', (r) => r.status === 'PENDING'],
      ['status=PENDING,REVIEW,COMPLETED_ENDED_ERROR', (r) => ['PENDING', 'REVIEW', 'COMPLETED_ENDED_ERROR'].includes(r.status)],
      ['processDefnName=listing', (r) => r.processDefnName === 'listing'],
      [`processDefnId=${a.definitionId}`, (r) => r.processDefnId === a.definitionId],
      ['firstName=Mary', (r) => r.firstName === 'Mary'],
      ['firstName=mary', (r) => r.firstName === 'mary'],
      ['lastName=Smith', (r) => r.lastName === 'Smith'],
      [`referenceId=${a.instanceId}`, (r) => r.id === a.instanceId],
    ];
    for (const [query, keep] of cases) {
      const expected = all.filter(keep);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(expected.length, query).toBeLessThan(all.length);
      expect(ids(await list(query)), query).toEqual(ids(expected));
    }
  });

  it('searches names case-sensitively: "mary" does not find "Mary"', async () => {
    const lower = await list('firstName=mary');
    expect(lower.length).toBe(7);
    expect(lower.every((r) => r.firstName === 'mary')).toBe(true);
    expect(await list('firstName=MARY')).toEqual([]);
    expect(await list('lastName=smith&firstName=Mary')).toEqual([]);
  });

  it('filters by a created range: from is inclusive, to is exclusive', async () => {
    const pivot = all[10];
    const from = await list(`createdFrom=${encodeURIComponent(pivot.createdDtm)}`);
    expect(ids(from)).toEqual(ids(all.filter((r) => r.createdDtm >= pivot.createdDtm)));
    expect(ids(from)).toContain(pivot.id);
    const to = await list(`createdTo=${encodeURIComponent(pivot.createdDtm)}`);
    expect(ids(to)).toEqual(ids(all.filter((r) => r.createdDtm < pivot.createdDtm)));
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(await list(`createdFrom=${future}`)).toEqual([]);
    expect((await list(`createdTo=${future}`)).length).toBe(all.length);
  });

  it('combines filters', async () => {
    const combined = await list(`status=PENDING&processDefnName=listing&firstName=Mary&lastName=Smith&createdFrom=${encodeURIComponent(all.at(-1).createdDtm)}`);
    expect(ids(combined)).toEqual(ids(all.filter((r) => r.status === 'PENDING' && r.processDefnName === 'listing' && r.firstName === 'Mary' && r.lastName === 'Smith')));
    expect(combined.length).toBe(8);
    expect(await list(`referenceId=${a.instanceId}&status=PENDING`)).toEqual([]);
  });

  it('pages through with the cursor without duplicates or gaps, also within one millisecond', async () => {
    // Several instances created within the same millisecond (microseconds apart) must not fall between pages.
    const pending = all.filter((r) => r.status === 'PENDING').map((r) => r.id);
    await t.testDb.db.query(
      `UPDATE instances SET created_dtm = timestamptz '2026-01-01T00:00:00.000100Z' + (array_position($1::text[], id) * interval '7 microseconds') WHERE id = ANY($1::text[])`,
      [pending],
    );
    const everything = await list('');
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await t.call('GET', `/api/v1/process-instances?limit=10${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.processInstances.length).toBeLessThanOrEqual(10);
      seen.push(...ids(res.body.processInstances));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(ids(everything));
    expect(new Set(seen).size).toBe(25);
    // A filter and the cursor together.
    const first = await t.call('GET', '/api/v1/process-instances?status=PENDING&limit=4');
    const second = await t.call('GET', `/api/v1/process-instances?status=PENDING&limit=100&cursor=${first.body.nextCursor}`);
    expect([...ids(first.body.processInstances), ...ids(second.body.processInstances)]).toEqual(pending.filter((id) => everything.find((r) => r.id === id)).sort((x, y) => everything.findIndex((r) => r.id === x) - everything.findIndex((r) => r.id === y)));
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('one process instance', () => {
  it('returns the whole record: header, individual, workflowResult, application, timeline, review', async () => {
    const res = await t.call('GET', `/api/v1/process-instances/${a.instanceId}`);
    expect(res.status).toBe(200);
    const rec = res.body;
    expect(rec).toMatchObject({ id: a.instanceId, tenantId: t.tenantA, processDefnName: 'kyc-basic', processDefnVersion: 1, firstName: 'Mary', lastName: 'Seed', email: 'blocked@example.com' });
    expect(rec.individual.entityId).toBe(a.individualId);
    expect(rec.workflowResult.workflowExecutionId).toBe(a.instanceId);
    expect(rec.workflowResult.steps.order).toEqual(['START', 'MATCHLIST', 'RISK', 'DECISION', 'FINISH']);
    expect(rec.workflowResult.riskAssessment.riskFactors.length).toBeGreaterThan(0);
    expect(rec.timeline.map((x: any) => x.stepType)).toEqual(['START', 'MATCHLIST', 'RISK', 'DECISION', 'FINISH']);
    expect(rec.application.OverallStatus).toBe(rec.statusLabel);
    expect(rec.review).toEqual({ reviewedBy: null, statusOverrideAt: null, statusOverrideBy: null, comment: null });
  });

  it('overrides the status: X-Username is statusOverrideBy, the result stays, the audit log records it', async () => {
    const before = (await t.call('GET', `/api/v1/process-instances/${a.instanceId}`)).body;
    // Four-eyes off for this tenant (the proposal flow is in backoffice-review.test.ts).
    expect((await t.call('PUT', '/api/v1/settings/review', { fourEyes: { enabled: false, statuses: [] } })).status).toBe(200);
    const res = await t.call('PATCH', `/api/v1/process-instances/${a.instanceId}`, { status: 'COMPLETED_ENDED_SUCCESS', comment: 'customer called' }, { 'x-username': 'alice', 'x-request-id': 'override-1' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('COMPLETED_ENDED_SUCCESS');
    expect(res.body.reviewedBy).toBe('alice');
    const after = (await t.call('GET', `/api/v1/process-instances/${a.instanceId}`)).body;
    expect(after.workflowResult.status).toBe('APPROVED');
    expect(after.workflowResult.result).toBe(before.workflowResult.result);
    expect(after.workflowResult.statusOverrideBy).toBe('alice');
    expect(after.workflowResult.statusOverrideRequestId).toBe('override-1');
    expect(Date.parse(after.workflowResult.statusOverrideAt)).not.toBeNaN();
    expect(after.review).toMatchObject({ statusOverrideBy: 'alice', comment: 'customer called' });
    const audit = await t.call('GET', `/api/v1/audit-log?targetId=${a.instanceId}`);
    const entry = audit.body.entries.find((e: any) => e.action === 'instance.status_override');
    expect(entry).toMatchObject({ actor: 'alice', requestId: 'override-1' });
    expect(entry.details).toMatchObject({ from: { status: before.status }, to: { status: 'COMPLETED_ENDED_SUCCESS', workflowStatus: 'APPROVED' }, comment: 'customer called' });
    expect((await t.call('GET', '/api/v1/audit-log/verify')).body).toEqual({ intact: true, firstBrokenId: null });
    // A workflow status works too and maps to the instance status.
    const wf = await t.call('PATCH', `/api/v1/process-instances/${a.instanceId}`, { status: 'REJECTED' }, { 'x-username': 'bob' });
    expect(wf.body.status).toBe('COMPLETED_ENDED_ERROR');
  });

  it('refuses to override a running instance (409)', async () => {
    const pending = all.find((r) => r.status === 'PENDING');
    const res = await t.call('PATCH', `/api/v1/process-instances/${pending.id}`, { status: 'COMPLETED_ENDED_SUCCESS' });
    expectError(res, [409], 'override running');
    expect(res.body.error.code).toBe('INSTANCE_NOT_FINISHED');
  });

  it('pauses and resumes a running instance, and refuses both on a finished one', async () => {
    const pending = all.find((r) => r.status === 'PENDING');
    const paused = await t.call('POST', `/api/v1/process-instances/${pending.id}/pause`);
    expect(paused.body).toMatchObject({ status: 'PAUSED', statusLabel: 'Paused' });
    expect((await list('status=PAUSED')).map((r) => r.id)).toEqual([pending.id]);
    const resumed = await t.call('POST', `/api/v1/process-instances/${pending.id}/resume`);
    expect(resumed.body.status).toBe('PENDING');
    expectError(await t.call('POST', `/api/v1/process-instances/${a.instanceId}/pause`), [409], 'pause finished');
    expectError(await t.call('POST', `/api/v1/process-instances/${a.instanceId}/resume`), [409], 'resume finished');
  });

  it('records a manual status on a process result object', async () => {
    const res = await t.call('PATCH', `/api/v1/process-instances/${a.instanceId}/process-results/${a.proId}`, { manualStatus: 'FALSE_POSITIVE', comment: 'different person' }, { 'x-username': 'carol' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ processResultId: a.proId, manualStatus: 'FALSE_POSITIVE', updatedBy: 'carol' });
    const rec = (await t.call('GET', `/api/v1/process-instances/${a.instanceId}`)).body;
    const pro = rec.workflowResult.workflowStepResults.flatMap((s: any) => s.processResults ?? []).find((p: any) => p.processResultId === a.proId);
    expect(pro.manualStatus).toBe('FALSE_POSITIVE');
    const audit = await t.call('GET', `/api/v1/audit-log?targetId=${a.proId}`);
    expect(audit.body.entries[0]).toMatchObject({ action: 'process_result.resolve', actor: 'carol' });
  });

  it('overrides a risk factor and recomputes riskScore and riskLevel; null clears the override', async () => {
    const before = (await t.call('GET', `/api/v1/process-instances/${a.instanceId}`)).body.workflowResult.riskAssessment;
    const factor = before.riskFactors.find((f: any) => f.riskFactorId === a.riskFactorId);
    const others = before.riskScore - factor.score;
    const res = await t.call('PATCH', `/api/v1/process-instances/${a.instanceId}/risk-factors/${a.riskFactorId}`, { manualOverrideScore: 70 - others }, { 'x-username': 'dave' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ riskScore: 70, riskLevel: 'HIGH', workflowRiskScore: before.workflowRiskScore, workflowRiskLevel: before.workflowRiskLevel, updatedBy: 'dave' });
    expect(res.body.riskFactors.find((f: any) => f.riskFactorId === a.riskFactorId)).toMatchObject({ status: 'OVERRIDDEN', manualOverrideScore: 70 - others, score: factor.score });
    const stored = (await t.call('GET', `/api/v1/process-instances/${a.instanceId}`)).body.workflowResult.riskAssessment;
    expect(stored.riskScore).toBe(70);
    const cleared = await t.call('PATCH', `/api/v1/process-instances/${a.instanceId}/risk-factors/${a.riskFactorId}`, { manualOverrideScore: null });
    expect(cleared.body).toMatchObject({ riskScore: before.riskScore, riskLevel: before.riskLevel });
    expect(cleared.body.riskFactors.find((f: any) => f.riskFactorId === a.riskFactorId).status).toBe('VALID');
  });

  it('deletes an instance with its step results, PROs, activities, risk rows and documents; then 404', async () => {
    expect((await t.runtime.worker.runNow(a.waitingInstanceId))).toBe('completed');
    for (const id of [a.instanceId, a.waitingInstanceId]) {
      for (const table of ['step_results', 'process_results', 'activities']) expect(await count(table, id), `${table} of ${id}`).toBeGreaterThan(0);
    }
    expect(await count('risk_factors', a.instanceId)).toBeGreaterThan(0);
    expect(await count('documents', a.waitingInstanceId)).toBe(1);
    expect(await count('document_images', a.waitingInstanceId)).toBe(1);
    for (const id of [a.instanceId, a.waitingInstanceId]) {
      const res = await t.call('DELETE', `/api/v1/process-instances/${id}`, undefined, { 'x-username': 'erin' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({ deleted: true, id });
      for (const table of ['step_results', 'process_results', 'activities', 'risk_assessments', 'risk_factors', 'documents', 'document_images']) {
        expect(await count(table, id), `${table} of ${id}`).toBe(0);
      }
      expectError(await t.call('GET', `/api/v1/process-instances/${id}`), [404], 'get deleted');
      expectError(await t.call('GET', `/api/v1/process-instances/${id}/documents`), [404], 'documents of deleted');
      expectError(await t.call('DELETE', `/api/v1/process-instances/${id}`), [404], 'delete twice');
      expect(await list(`referenceId=${id}`)).toEqual([]);
    }
    const audit = await t.call('GET', `/api/v1/audit-log?targetId=${a.instanceId}`);
    expect(audit.body.entries[0]).toMatchObject({ action: 'instance.delete', actor: 'erin' });
    expect((await t.call('GET', '/api/v1/audit-log/verify')).body.intact).toBe(true);
  });
});
