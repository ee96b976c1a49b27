import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../src/webhooks/sign.js';
import { deliverDue } from '../src/webhooks/deliveries.js';
import { Worker } from '../src/engine/worker.js';
import { wakeInstance } from '../src/store/sql/update-instance-status.js';
import { bpmnDocument, flow, serviceTask } from '../src/workflows/fixtures/bpmn-documents.js';
import { TEST_STEPS } from './fixtures/test-steps.js';
import { createTestApp, waitFor, type TestApp } from './helpers/test-app.js';

let t: TestApp;
const individual = { name: { givenName: 'Jo', familyName: 'Engine' }, dateOfBirth: '1980-05-05' };

async function define(name: string, steps: unknown[]) {
  const res = await t.call('POST', '/api/v1/definitions', { format: 'json', name, definition: { name, steps } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
async function instance(id: string) {
  return (await t.call('GET', `/api/v1/process-instances/${id}`)).body;
}

beforeAll(async () => {
  t = await createTestApp({ extraSteps: TEST_STEPS });
});
afterAll(async () => t?.close());

describe('engine', () => {
  it('retries a retryable provider failure with backoff, then succeeds', async () => {
    await define('flaky', [{ type: 'FLAKY', config: { failTimes: 1 }, retries: 3, backoffMs: 10 }, { type: 'DECISION' }]);
    const res = await t.call('POST', '/api/v1/workflows/flaky/execute', { individual });
    expect(res.status).toBe(200);
    const id = res.body.workflowResult.workflowExecutionId;
    // The first attempt scheduled a retry: the synchronous answer shows it still running.
    expect(res.body.workflowResult.workflowExecutionState).toBe('IN_PROGRESS');
    const worker = t.runtime.worker;
    const done = await waitFor(async () => {
      await worker.tick();
      const rec = await instance(id);
      return rec.completedDtm ? rec : undefined;
    });
    expect(done.status).toBe('COMPLETED_ENDED_SUCCESS');
    expect(done.timeline.map((a: any) => a.outcome)).toEqual(['COMPLETE', 'RETRY: PROVIDER_UNAVAILABLE', 'PASS', 'PASS', 'COMPLETE']);
    expect(done.workflowResult.workflowStepResults.filter((s: any) => s.stepType === 'FLAKY')).toHaveLength(1);
  });

  it('records ERROR when retries run out or the failure is not retryable', async () => {
    await define('broken', [{ type: 'FLAKY', config: { failTimes: 5, retryable: false } }, { type: 'DECISION' }]);
    const res = await t.call('POST', '/api/v1/workflows/broken/execute', { individual });
    const wr = res.body.workflowResult;
    expect(wr.workflowExecutionState).toBe('ERROR');
    expect(wr.errors[0].code).toBe('PROVIDER_UNAVAILABLE');
    expect(wr.workflowStepResults.at(-1).result).toBe('ERROR');
    expect((await instance(wr.workflowExecutionId)).status).toBe('COMPLETED_PROCESS_ERROR');
  });

  it('times a step out (state TIMEOUT, instance Error)', async () => {
    await define('hang', [{ type: 'HANG', timeoutMs: 50 }]);
    const res = await t.call('POST', '/api/v1/workflows/hang/execute', { individual });
    const wr = res.body.workflowResult;
    expect(wr.workflowExecutionState).toBe('TIMEOUT');
    expect(wr.errors[0].code).toBe('STEP_TIMEOUT');
    expect((await instance(wr.workflowExecutionId)).statusLabel).toBe('Error');
  });

  it('waits at a user task and resumes when input arrives', async () => {
    await define('ask', [{ type: 'ASK', userTask: true }, { type: 'DECISION' }]);
    const res = await t.call('POST', '/api/v1/workflows/ask/execute', { individual });
    const id = res.body.workflowResult.workflowExecutionId;
    expect(res.body.workflowResult.workflowExecutionState).toBe('IN_PROGRESS');
    expect((await instance(id)).status).toBe('ACTIVE');
    await t.testDb.db.query(`UPDATE instances SET input = input || '{"answer": 42}' WHERE id = $1`, [id]);
    await wakeInstance(t.testDb.db, t.tenantA, id);
    expect(await t.runtime.worker.runNow(id)).toBe('completed');
    const rec = await instance(id);
    expect(rec.status).toBe('COMPLETED_ENDED_SUCCESS');
    expect(rec.workflowResult.workflowStepResults.find((s: any) => s.stepType === 'ASK').stepData).toEqual({ answer: 42 });
  });

  it('pauses and resumes; a paused instance is not run', async () => {
    await define('ask-pause', [{ type: 'ASK', userTask: true }, { type: 'DECISION' }]);
    const res = await t.call('POST', '/api/v1/workflows/ask-pause/execute', { individual });
    const id = res.body.workflowResult.workflowExecutionId;
    const paused = await t.call('POST', `/api/v1/process-instances/${id}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.body.status).toBe('PAUSED');
    expect(paused.body.statusLabel).toBe('Paused');
    await t.testDb.db.query(`UPDATE instances SET input = input || '{"answer": 1}' WHERE id = $1`, [id]);
    await wakeInstance(t.testDb.db, t.tenantA, id);
    expect(await t.runtime.worker.runNow(id)).toBe('not-claimed');
    expect((await t.call('POST', `/api/v1/process-instances/${id}/resume`)).body.status).toBe('ACTIVE');
    expect(await t.runtime.worker.runNow(id)).toBe('completed');
    expect((await t.call('POST', `/api/v1/process-instances/${id}/resume`)).status).toBe(409);
  });

  it('abandons an instance past its expiringDtm (COMPLETED_TERMINATED / INCOMPLETE)', async () => {
    const def = await define('ask-expiring', [{ type: 'ASK', userTask: true }]);
    const token = await t.call('POST', '/api/v1/process-tokens', { processDefnId: def.id, type: 'UNLIMITED', parameters: { firstName: 'Exp' } });
    const started = await t.call('POST', `/api/v1/process-tokens/${token.body.id}/instances`, { expiringDtm: new Date(Date.now() + 60_000).toISOString() });
    expect(started.status).toBe(201);
    await t.testDb.db.query(`UPDATE instances SET expiring_dtm = now() - interval '1 second' WHERE id = $1`, [started.body.id]);
    await t.runtime.worker.tick();
    const rec = await instance(started.body.id);
    expect(rec.status).toBe('COMPLETED_TERMINATED');
    expect(rec.statusLabel).toBe('Abandoned');
    expect(rec.workflowResult.status).toBe('INCOMPLETE');
    // Ended: no longer IN_PROGRESS once it has a completedDtm.
    expect(rec.completedDtm).not.toBeNull();
    expect(rec.workflowResult.workflowExecutionState).toBe('CANCELED');
  });

  it('follows exclusive gateway conditions in a BPMN definition', async () => {
    const xml = bpmnDocument(
      `<bpmn:startEvent id="Start" />
       ${serviceTask('Task_Match', 'MATCHLIST', 'name="MATCHLIST"')}
       <bpmn:exclusiveGateway id="Gw" default="Flow_clear" />
       ${serviceTask('Task_Fail', 'DECISION', 'name="BLOCKED"', '{"rules":[{"when":"true","outcome":"FAIL","category":"MATCHLIST","issue":"blocked"}]}')}
       ${serviceTask('Task_Pass', 'DECISION', 'name="DECISION"')}
       <bpmn:endEvent id="End_A" /><bpmn:endEvent id="End_B" />
       ${flow('f1', 'Start', 'Task_Match')}
       ${flow('f2', 'Task_Match', 'Gw')}
       ${flow('Flow_hit', 'Gw', 'Task_Fail', 'MATCHLIST.result == "HIT"')}
       ${flow('Flow_clear', 'Gw', 'Task_Pass')}
       ${flow('f3', 'Task_Fail', 'End_A')}
       ${flow('f4', 'Task_Pass', 'End_B')}`,
      'id="Process_gw" name="gateway-demo"',
    );
    const created = await t.call('POST', '/api/v1/definitions', { format: 'bpmn', xml });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const list = await t.call('POST', '/api/v1/matchlists', { name: 'blocked-emails', kind: 'block' });
    expect(list.status, JSON.stringify(list.body)).toBe(201);
    const entries = await t.call('POST', `/api/v1/matchlists/${list.body.id}/entries`, { entries: [{ entryType: 'EMAIL', value: 'bad@example.com' }] });
    expect(entries.status, JSON.stringify(entries.body)).toBeLessThan(300);
    const clear = await t.call('POST', '/api/v1/workflows/gateway-demo/execute', { individual: { ...individual, email: 'good@example.com' } });
    expect(clear.body.workflowResult.steps.order).toEqual(['START', 'MATCHLIST', 'DECISION', 'FINISH']);
    const hit = await t.call('POST', '/api/v1/workflows/gateway-demo/execute', { individual: { ...individual, email: 'BAD@example.com ' .trim() } });
    expect(hit.body.workflowResult.steps.order).toEqual(['START', 'MATCHLIST', 'BLOCKED', 'FINISH']);
    expect(hit.body.workflowResult.result).toBe('FAIL');
    expect(hit.body.workflowResult.issues[0].issue).toBe('blocked');
    const rec = await instance(hit.body.workflowResult.workflowExecutionId);
    expect(rec.timeline.map((a: any) => a.elementId)).toEqual(['Start', 'Task_Match', 'Task_Fail', 'End_A']);
  });

  it('takes over an instance whose worker lost its lease, and the old worker records nothing', async () => {
    await define('ask-lease', [{ type: 'ASK', userTask: true }, { type: 'DECISION' }]);
    const res = await t.call('POST', '/api/v1/workflows/ask-lease/execute', { individual });
    const id = res.body.workflowResult.workflowExecutionId;
    await t.testDb.db.query(`UPDATE instances SET input = input || '{"answer": 7}' WHERE id = $1`, [id]);
    await wakeInstance(t.testDb.db, t.tenantA, id);
    const other = new Worker({ db: t.testDb.db, registry: t.runtime.registry, services: t.runtime.services, leaseMs: 60_000, workerId: 'other' });
    // A lease held by a live worker is respected ...
    await t.testDb.db.query(`UPDATE instances SET lease_owner = 'ghost', lease_expires_at = now() + interval '1 minute' WHERE id = $1`, [id]);
    expect(await other.runNow(id)).toBe('not-claimed');
    // ... and taken over once it has expired.
    await t.testDb.db.query(`UPDATE instances SET lease_expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    expect(await other.runNow(id)).toBe('completed');
    const acts = await t.testDb.db.query<{ worker_id: string }>(`SELECT DISTINCT worker_id FROM activities WHERE instance_id = $1 AND step_type = 'ASK'`, [id]);
    expect(acts.rows.map((r) => r.worker_id)).toEqual(['other']);
  });
});

describe('asynchronous execute', () => {
  let server: ReturnType<typeof createServer>;
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  let failNext = 1;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (failNext-- > 0) {
          res.writeHead(503).end();
          return;
        }
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers 202 at once, then delivers a signed webhook, retrying after a failure', async () => {
    const port = (server.address() as AddressInfo).port;
    const hook = await t.call('POST', '/api/v1/webhooks', { url: `http://127.0.0.1:${port}/hook`, events: ['workflow.completed'] });
    expect(hook.status).toBe(201);
    await define('async-basic', [{ type: 'MATCHLIST' }, { type: 'DECISION' }]);
    const res = await t.call('POST', '/api/v1/workflows/async-basic/execute', { individual, mode: 'async' });
    expect(res.status).toBe(202);
    const id = res.body.workflowExecutionId;
    await waitFor(async () => (await t.runtime.worker.tick()) > 0 || (await instance(id)).completedDtm);
    await waitFor(async () => (await instance(id)).completedDtm);
    expect(await deliverDue(t.testDb.db)).toBe(1); // answered 503: retried later
    await t.testDb.db.query(`UPDATE webhook_deliveries SET next_attempt_at = now()`);
    expect(await deliverDue(t.testDb.db)).toBe(1);
    expect(received).toHaveLength(1);
    const { headers, body } = received[0];
    expect(verifySignature(hook.body.secret, body, String(headers['x-idflow-signature']))).toBe(true);
    expect(verifySignature('wrong-secret-wrong-secret', body, String(headers['x-idflow-signature']))).toBe(false);
    const payload = JSON.parse(body);
    expect(payload.event).toBe('workflow.completed');
    expect(payload.data.workflowResult.workflowExecutionId).toBe(id);
    expect(payload.data.workflowResult.status).toBe('PASS');
    const deliveries = await t.call('GET', `/api/v1/webhooks/${hook.body.id}/deliveries`);
    expect(deliveries.body.deliveries[0]).toMatchObject({ status: 'DELIVERED', attempts: 2 });
  });
});
