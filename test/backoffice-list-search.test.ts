import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, KYC_BASIC, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let definitionId: string;
const tokens: Record<string, string> = {};
const instances: Record<string, string[]> = {};

async function tokenWithInstances(name: string, parameters: Record<string, unknown>, count: number) {
  const token = await t.call('POST', '/api/v1/process-tokens', { processDefnId: definitionId, parameters });
  expect(token.status, JSON.stringify(token.body)).toBe(201);
  tokens[name] = token.body.id;
  instances[name] = [];
  for (let i = 0; i < count; i++) {
    const started = await t.call('POST', `/api/v1/process-tokens/${token.body.id}/instances`, {});
    expect(started.status, JSON.stringify(started.body)).toBeLessThan(300);
    instances[name].push(started.body.id ?? started.body.processInstance?.id ?? started.body.workflowResult?.workflowExecutionId);
  }
}

const ids = async (query: string) => {
  const res = await t.call('GET', `/api/v1/process-instances?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.processInstances as Array<{ id: string }>).map((i) => i.id).sort();
};

beforeAll(async () => {
  t = await createTestApp();
  definitionId = (await t.call('POST', '/api/v1/definitions', KYC_BASIC)).body.id;
  await tokenWithInstances('ann', { firstName: 'Ann', email: 'ann@example.com', phoneNumber: '+447700900123', customerTier: 'Gold' }, 2);
  await tokenWithInstances('lower', { firstName: 'ann', email: 'ANN@example.com', customerTier: 'gold' }, 1);
  await tokenWithInstances('other', { firstName: 'Bob', referenceID: 'REF-1' }, 1);
  // Another tenant's token with the same parameters stays out of every answer.
  const b = await t.call('POST', '/api/v1/definitions', KYC_BASIC, {}, t.keyB);
  const tb = await t.call('POST', '/api/v1/process-tokens', { processDefnId: b.body.id, parameters: { email: 'ann@example.com', tenantBOnly: 'x' } }, {}, t.keyB);
  await t.call('POST', `/api/v1/process-tokens/${tb.body.id}/instances`, {}, {}, t.keyB);
});
afterAll(async () => t?.close());

describe('list search on process-token parameters', () => {
  it('finds instances by any token parameter, exact and case-sensitive', async () => {
    expect(instances.ann?.every(Boolean)).toBe(true);
    expect(await ids('paramName=email&paramValue=ann%40example.com')).toEqual([...instances.ann!].sort());
    expect(await ids('paramName=email&paramValue=ANN%40example.com')).toEqual(instances.lower);
    expect(await ids('paramName=email&paramValue=Ann%40example.com')).toEqual([]);
    expect(await ids('paramName=firstName&paramValue=Ann')).toEqual([...instances.ann!].sort());
    expect(await ids('paramName=phoneNumber&paramValue=%2B447700900123')).toEqual([...instances.ann!].sort());
    expect(await ids('paramName=customerTier&paramValue=gold')).toEqual(instances.lower);
    expect(await ids('paramName=referenceID&paramValue=REF-1')).toEqual(instances.other);
    // Combined with the other filters, and paginated.
    const page = await t.call('GET', '/api/v1/process-instances?paramName=firstName&paramValue=Ann&limit=1');
    expect(page.body.processInstances).toHaveLength(1);
    const next = await t.call('GET', `/api/v1/process-instances?paramName=firstName&paramValue=Ann&limit=1&cursor=${page.body.nextCursor}`);
    expect(next.body.processInstances.map((i: any) => i.id)).not.toContain(page.body.processInstances[0].id);
  });

  it('lists the parameter names the search accepts: standard ones and those the tenant uses', async () => {
    const res = await t.call('GET', '/api/v1/process-instances/parameter-names');
    expect(res.status).toBe(200);
    expect(res.body.names).toEqual(expect.arrayContaining(['customerTier', 'email', 'firstName', 'phoneNumber', 'referenceID']));
    expect(res.body.names).not.toContain('tenantBOnly');
  });

  it('refuses an unknown parameter name, a half search and an unknown query parameter with INVALID_QUERY', async () => {
    for (const query of ['paramName=tenantBOnly&paramValue=x', 'paramName=Email&paramValue=x', 'paramName=email', 'paramValue=x', 'colour=red', 'status=DONE']) {
      const res = await t.call('GET', `/api/v1/process-instances?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code, query).toBe('INVALID_QUERY');
    }
  });

  it('filters by process token, and by several statuses given as a list or repeated', async () => {
    expect(await ids(`processTokenId=${tokens.other}`)).toEqual(instances.other);
    const all = await ids('');
    const statuses = (await t.call('GET', '/api/v1/process-instances')).body.processInstances.map((i: any) => i.status);
    const one = statuses[0];
    expect(await ids(`status=${one}&status=PAUSED`)).toEqual(await ids(`status=${one},PAUSED`));
    expect((await ids(`status=${one}&status=PAUSED`)).length).toBe(statuses.filter((s: string) => s === one).length);
    expect(all.length).toBe(4);
  });

  it('has the parameter search on an index (GIN, jsonb_path_ops)', async () => {
    await t.testDb.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      const plan = await tx.query<Record<string, string>>(`EXPLAIN SELECT id FROM process_tokens WHERE parameters @> $1::jsonb`, ['{"email":"x"}']);
      expect(plan.rows.map((r) => Object.values(r)[0]).join('\n')).toMatch(/process_tokens_parameters/);
    });
  });
});
