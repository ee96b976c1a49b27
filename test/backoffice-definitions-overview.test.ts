import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, KYC_BASIC, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('definitions overview', () => {
  it('lists each definition with its versions, counts by status and last-run instances, newest first', async () => {
    const v1 = (await t.call('POST', '/api/v1/definitions', KYC_BASIC)).body.id;
    const run = async () => (await t.call('POST', '/api/v1/workflows/kyc-basic/execute', { individual: { name: { givenName: 'Ove', familyName: 'Rview' } } })).body.workflowResult.workflowExecutionId as string;
    const first = await run();
    const v2 = await t.call('POST', `/api/v1/definitions/${v1}/versions`, { format: 'json', definition: KYC_BASIC.definition });
    expect(v2.status).toBe(201);
    const second = await run();
    const third = await run();
    await t.call('POST', '/api/v1/definitions', { format: 'json', name: 'never-run', definition: { steps: [{ type: 'DECISION' }] } });
    await t.call('POST', '/api/v1/definitions', KYC_BASIC, {}, t.keyB);

    const res = await t.call('GET', '/api/v1/definitions/overview?lastRuns=2');
    expect(res.status).toBe(200);
    const kyc = res.body.definitions.find((d: any) => d.name === 'kyc-basic');
    expect(kyc.versions.map((v: any) => v.version)).toEqual([1, 2]);
    expect(kyc.latestVersion).toEqual({ id: v2.body.id, version: 2 });
    expect(kyc.instanceCount).toBe(3);
    expect(Object.values(kyc.countsByStatus).reduce((a: number, b) => a + (b as number), 0)).toBe(3);
    const statuses = (await t.call('GET', '/api/v1/process-instances')).body.processInstances.map((i: any) => i.status);
    expect(kyc.countsByStatus[statuses[0]]).toBe(statuses.filter((s: string) => s === statuses[0]).length);
    expect(kyc.lastRunInstances.map((i: any) => i.id)).toEqual([third, second]);
    expect(kyc.lastRunInstances.map((i: any) => i.id)).not.toContain(first);
    const never = res.body.definitions.find((d: any) => d.name === 'never-run');
    expect(never).toMatchObject({ instanceCount: 0, countsByStatus: {}, lastRunInstances: [] });
    expect(res.body.definitions).toHaveLength(2);
  });
});
