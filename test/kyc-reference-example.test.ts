import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.js';
import { seedDemo } from '../src/demo/seed.js';
import { createRuntime, type Runtime } from '../src/runtime.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';

/**
 * The FrankieOne reference example (frankieone-workflow-results.txt, lines 1–61 and Parts 2–4), as far as
 * it states fields; `ANY_STRING` stands for its ids and `...`.
 */
const ANY_STRING = Symbol('any string');
const REFERENCE = {
  individual: { entityId: ANY_STRING, name: { displayName: 'MARY TESTFOURTEEN' } },
  requestId: ANY_STRING,
  workflowResult: {
    workflowExecutionId: ANY_STRING,
    workflowExecutionState: 'COMPLETED',
    status: 'PASS',
    result: 'PASS',
    riskAssessment: { riskLevel: 'LOW', riskScore: 12, riskFactors: [{ factor: 'entity_type', value: 'INDIVIDUAL', score: 2 }, { factor: 'entity_age', value: ANY_STRING, score: 10 }] },
    steps: { passed: ['START', 'MATCHLIST', 'KYC'], failed: [], order: ['START', 'MATCHLIST', 'KYC'] },
    issues: [],
  },
};
const REFERENCE_KYC_STEP = {
  stepName: 'KYC',
  result: 'MATCH',
  summary: { matchedRules: [{ ruleName: 'gov_id_only', isVerified: true, matchDetails: [{ provider: 'con_testbed-docs', source: 'au-govid1-pp', attributesMatched: ['dateOfBirth', 'govId', 'name'] }] }] },
};
const REFERENCE_NAME_PRO = {
  processResultId: ANY_STRING,
  class: 'KYC',
  objectType: 'NAME',
  result: 'MATCH',
  state: 'COMPLETED',
  systemStatus: 'VALID',
  providerResult: { name: 'con_testbed-docs', source: 'au-govid1-pp' },
  supplementaryData: { type: 'KYC_NAME', matchStrengths: { fullName: 'number', familyName: 'number', givenName: 'number' } },
};

/** Compares `actual` with `expected` field by field: every field the reference states exists, with its value (or type). */
function compareStructure(expected: unknown, actual: unknown, path: string, problems: string[]): void {
  if (expected === ANY_STRING) {
    if (typeof actual !== 'string' || actual === '') problems.push(`${path}: a string expected, got ${JSON.stringify(actual)}`);
    return;
  }
  if (expected === 'number') {
    if (typeof actual !== 'number' || actual < 0 || actual > 100) problems.push(`${path}: a strength 0–100 expected, got ${JSON.stringify(actual)}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return void problems.push(`${path}: an array expected`);
    if (expected.every((e) => typeof e === 'string')) {
      if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${path}: ${JSON.stringify(expected)} expected, got ${JSON.stringify(actual)}`);
      return;
    }
    if (actual.length !== expected.length) problems.push(`${path}: ${expected.length} items expected, got ${actual.length}`);
    expected.forEach((e, i) => compareStructure(e, actual[i], `${path}[${i}]`, problems));
    return;
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return void problems.push(`${path}: an object expected`);
    for (const [k, v] of Object.entries(expected)) compareStructure(v, (actual as Record<string, unknown>)[k], `${path}.${k}`, problems);
    return;
  }
  if (actual !== expected) problems.push(`${path}: ${JSON.stringify(expected)} expected, got ${JSON.stringify(actual)}`);
}

let testDb: TestDb;
let runtime: Runtime;
let app: Awaited<ReturnType<typeof buildApp>>;
const KEY = 'idf_demo_key_for_kyc_reference_0001';

beforeAll(async () => {
  testDb = await createTestDb();
  runtime = await createRuntime(testDb.db);
  app = await buildApp(runtime);
  await seedDemo(testDb.db, runtime.registry, { apiKey: KEY });
});
afterAll(async () => {
  await runtime?.worker.stop();
  await app?.close();
  await testDb?.close();
});

describe('the reference example, reproduced by the demo', () => {
  it('runs MARY TESTFOURTEEN through kyc-govid: KYC MATCH by gov_id_only on dateOfBirth, govId and name, risk LOW 12', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/workflows/kyc-govid/execute',
      headers: { authorization: `Bearer ${KEY}` },
      payload: { individual: { name: { givenName: 'MARY', familyName: 'TESTFOURTEEN', displayName: 'MARY TESTFOURTEEN' }, dateOfBirth: '1963-04-02', documents: [{ type: 'PASSPORT', number: 'PA1234567', country: 'AU' }] } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const problems: string[] = [];
    // The demo workflow has a RISK step where the reference's has IDV, AML and TOGGLE_MONITORING: compare the steps they share, in order.
    const wf = body.workflowResult;
    const shared = ['START', 'MATCHLIST', 'KYC'];
    compareStructure(REFERENCE, { ...body, workflowResult: { ...wf, steps: { passed: wf.steps.passed.filter((s: string) => shared.includes(s)), failed: wf.steps.failed, order: wf.steps.order.filter((s: string) => shared.includes(s)) } } }, '$', problems);
    expect(wf.steps.order).toEqual(['START', 'MATCHLIST', 'KYC', 'RISK', 'DECISION', 'FINISH']);
    const kyc = wf.workflowStepResults.find((s: { stepName: string }) => s.stepName === 'KYC');
    compareStructure(REFERENCE_KYC_STEP, kyc, '$.workflowResult.workflowStepResults[KYC]', problems);
    compareStructure(REFERENCE_NAME_PRO, kyc?.processResults?.[0], '$.workflowResult.workflowStepResults[KYC].processResults[0]', problems);
    expect(problems).toEqual([]);
    expect(kyc.processResults.map((p: { objectType: string; result: string }) => [p.objectType, p.result])).toEqual([['NAME', 'MATCH'], ['DATE_OF_BIRTH', 'MATCH'], ['GOV_ID', 'MATCH']]);
  });
});
