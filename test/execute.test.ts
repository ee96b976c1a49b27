import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, KYC_BASIC, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('synchronous execute', () => {
  it('runs START → MATCHLIST → RISK → DECISION → FINISH and returns the workflowResult', async () => {
    const def = await t.call('POST', '/api/v1/definitions', KYC_BASIC);
    expect(def.status, JSON.stringify(def.body)).toBe(201);
    const res = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', {
      individual: { name: { givenName: 'Mary', familyName: 'Testfourteen' }, dateOfBirth: '1963-04-02' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const wr = res.body.workflowResult;
    expect(wr.workflowExecutionState).toBe('COMPLETED');
    expect(wr.steps.order).toEqual(['START', 'MATCHLIST', 'RISK', 'DECISION', 'FINISH']);
    expect(wr.status).toBe('PASS');
    expect(wr.result).toBe('PASS');
    expect(wr.riskAssessment.riskLevel).toBe('LOW');
    expect(wr.schemaVersion).toBe(2);
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
    const inst = await t.call('GET', `/api/v1/process-instances/${wr.workflowExecutionId}`);
    expect(inst.status).toBe(200);
    expect(inst.body.status).toBe('COMPLETED_ENDED_SUCCESS');
    expect(inst.body.timeline.map((a: any) => a.elementId)).toHaveLength(5);
  });
});
