import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;

const ROLL = 'recordId,givenName,familyName,dateOfBirth,addressLine1,locality,subdivision,postalCode\nE1,Mary,Testfourteen,1963-04-02,12 Smith St,Mount Waverley,VIC,3149\nE2,Oliver,Smith,1990-11-23,7 High Rd,Perth,WA,6000\n';
const KYC_FLOW = {
  format: 'json',
  name: 'kyc-check',
  definition: {
    steps: [
      { type: 'KYC', name: 'KYC', config: { sources: ['au-elec-roll'], rules: [{ ruleName: 'one-source', matchTypes: { name: 1, dateOfBirth: 1 } }] } },
      { type: 'DECISION', name: 'DECISION', config: { rules: [{ when: 'KYC.result != "MATCH"', outcome: 'REVIEW', category: 'KYC', issue: 'Identity not verified' }], default: 'PASS' } },
    ],
  },
};

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('KYC data sources API', () => {
  it('imports versions, lists them, refuses bad files with the fix, deletes a source, and audits each change', async () => {
    const first = await t.call('POST', '/api/v1/kyc/sources', { name: 'au-elec-roll', format: 'csv', content: ROLL, provider: 'dvs' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ status: 'imported', version: { source: 'au-elec-roll', counts: { records: 2, problems: 0 }, diff: { added: 2 } } });
    const same = await t.call('POST', '/api/v1/kyc/sources', { name: 'au-elec-roll', format: 'csv', content: ROLL });
    expect(same.status).toBe(200);
    expect(same.body.status).toBe('unchanged');

    const mapped = await t.call('POST', '/api/v1/kyc/sources', { name: 'customers', format: 'csv', content: 'cid,first,last\nC1,Ann,Lee\nC2,,\n', map: { cid: 'recordId', first: 'givenName', last: 'familyName' } });
    expect(mapped.status).toBe(201);
    expect(mapped.body.problems).toEqual([{ line: 3, message: expect.stringMatching(/a record needs a name/) }]);

    const list = await t.call('GET', '/api/v1/kyc/sources');
    expect(list.body.sources.map((s: { name: string; provider: string }) => [s.name, s.provider])).toEqual([['au-elec-roll', 'dvs'], ['customers', 'customers']]);
    expect((await t.call('GET', '/api/v1/kyc/sources', undefined, {}, t.keyB)).body.sources).toEqual([]);

    const bad = await t.call('POST', '/api/v1/kyc/sources', { name: 'broken', format: 'csv', content: 'name\nx\n' });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: 'KYC_SOURCE_FILE', message: expect.stringMatching(/--map yourColumn=recordId/) });

    expect((await t.call('DELETE', '/api/v1/kyc/sources/customers')).status).toBe(204);
    expect((await t.call('DELETE', '/api/v1/kyc/sources/customers')).status).toBe(404);
    const audit = await t.call('GET', '/api/v1/audit-log?limit=50');
    const actions = audit.body.entries.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'kyc.source_import')).toHaveLength(2);
    expect(actions).toContain('kyc.source_delete');
  });

  it('runs a workflow with the KYC step and lets a reviewer mark a KYC PRO, audited', async () => {
    expect((await t.call('POST', '/api/v1/definitions', KYC_FLOW)).status).toBe(201);
    const run = await t.call('POST', '/api/v1/workflows/kyc-check/execute', { individual: { name: { givenName: 'Mary', familyName: 'Testfourteen' }, dateOfBirth: '1963-04-02', addresses: [{ streetAddress: '12 Smith Street', locality: 'Mt Waverley', postalCode: '3149' }] } });
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    const wf = run.body.workflowResult;
    expect(wf.status).toBe('PASS');
    const kyc = wf.workflowStepResults.find((s: { stepName: string }) => s.stepName === 'KYC');
    expect(kyc.result).toBe('MATCH');
    expect(kyc.summary.matchedRules[0]).toMatchObject({ ruleName: 'one-source', isVerified: true, matchDetails: [{ provider: 'dvs', source: 'au-elec-roll', attributesMatched: ['dateOfBirth', 'name'] }] });
    expect(kyc.processResults.map((p: { objectType: string; result: string }) => [p.objectType, p.result])).toEqual([['NAME', 'MATCH'], ['DATE_OF_BIRTH', 'MATCH'], ['ADDRESS', 'MATCH']]);
    const pro = kyc.processResults[2];
    expect(pro).toMatchObject({ class: 'KYC', stepName: 'KYC', state: 'COMPLETED', systemStatus: 'VALID', schemaVersion: 2, providerResult: { confidence: '100', reference: 'E1' } });

    const marked = await t.call('PATCH', `/api/v1/process-instances/${wf.workflowExecutionId}/process-results/${pro.processResultId}`, { manualStatus: 'REJECTED', comment: 'address is a mail drop' }, { 'x-username': 'rita' });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(marked.body).toMatchObject({ class: 'KYC', manualStatus: 'REJECTED' });
    const instance = await t.call('GET', `/api/v1/process-instances/${wf.workflowExecutionId}`);
    const stored = JSON.stringify(instance.body);
    expect(stored).toContain('"manualStatus":"REJECTED"');
    const validations = instance.body.application.Validations;
    expect(stored).toContain('"Name":"AddressVerification"');
    expect(JSON.stringify(validations)).toMatch(/"Name":"KycAmlCheck"/);
    expect(validations.find((v: { Name: string }) => v.Name === 'KycAmlCheck')).toMatchObject({ DisplayName: 'Kyc Aml Check', ValidationOutcome: 'Passed', DetailedResult: 'IDV Match', DocumentContainerId: wf.workflowExecutionId });
    const audit = await t.call('GET', `/api/v1/audit-log?targetId=${pro.processResultId}`);
    expect(audit.body.entries).toEqual([expect.objectContaining({ action: 'process_result.resolve', details: expect.objectContaining({ manualStatus: 'REJECTED' }) })]);
  });

  it('stops the instance with the fix when the step names a source that was never imported', async () => {
    const def = { ...KYC_FLOW, name: 'kyc-missing', definition: { steps: [{ type: 'KYC', name: 'KYC', config: { sources: ['au-nothing'] } }] } };
    expect((await t.call('POST', '/api/v1/definitions', def)).status).toBe(201);
    const run = await t.call('POST', '/api/v1/workflows/kyc-missing/execute', { individual: { name: { givenName: 'Mary', familyName: 'Testfourteen' }, dateOfBirth: '1963-04-02' } });
    expect(run.body.workflowResult.workflowExecutionState).toBe('ERROR');
    expect(JSON.stringify(run.body.workflowResult.errors)).toMatch(/idflow sources import --name au-nothing/);
  });
});
