import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bpmnDocument, flow, serviceTask } from '../src/workflows/fixtures/bpmn-documents.js';
import { expectError, snapshot } from './helpers/api-fixtures.js';
import { createTestApp, KYC_BASIC, type TestApp } from './helpers/test-app.js';

let t: TestApp;
const individual = { name: { givenName: 'Dee', familyName: 'Finition' }, dateOfBirth: '1970-01-01' };

const BPMN_FLOW = bpmnDocument(
  `<bpmn:startEvent id="Start" />
   ${serviceTask('Task_Match', 'MATCHLIST', 'name="MATCHLIST"')}
   ${serviceTask('Task_Decide', 'DECISION', 'name="DECISION"')}
   <bpmn:endEvent id="End" />
   ${flow('f1', 'Start', 'Task_Match')}
   ${flow('f2', 'Task_Match', 'Task_Decide')}
   ${flow('f3', 'Task_Decide', 'End')}`,
  'id="Process_B" name="bpmn-flow"',
);

const parseXml = (xml: string) => new XMLParser({ ignoreAttributes: false, removeNSPrefix: true }).parse(xml);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('definitions', () => {
  it('creates from the JSON shorthand and returns the compiled BPMN with a diagram', async () => {
    const res = await t.call('POST', '/api/v1/definitions', KYC_BASIC);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ name: 'kyc-basic', version: 1, format: 'json', used: false });
    expect(res.body.steps.map((s: any) => s.stepType)).toEqual(['MATCHLIST', 'RISK', 'DECISION']);
    const got = await t.call('GET', `/api/v1/definitions/${res.body.id}`);
    expect(got.status).toBe(200);
    const doc = parseXml(got.body.bpmnXml);
    expect(doc.definitions.process).toBeDefined();
    expect(doc.definitions.BPMNDiagram).toBeDefined();
    expect(got.body.bpmnXml).toContain('BPMNShape');
    const raw = await t.app.inject({ method: 'GET', url: `/api/v1/definitions/${res.body.id}/bpmn`, headers: { authorization: `Bearer ${t.keyA}` } });
    expect(raw.headers['content-type']).toContain('application/xml');
    expect(raw.body).toBe(got.body.bpmnXml);
  });

  it('creates from BPMN XML (name from the process), lists it, and runs it', async () => {
    const res = await t.call('POST', '/api/v1/definitions', { format: 'bpmn', xml: BPMN_FLOW });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ name: 'bpmn-flow', version: 1, format: 'bpmn' });
    expect(res.body.steps.map((s: any) => s.elementId)).toEqual(['Task_Match', 'Task_Decide']);
    expect(parseXml(res.body.bpmnXml).definitions.BPMNDiagram).toBeDefined();
    const listed = await t.call('GET', '/api/v1/definitions');
    expect(listed.body.definitions.map((d: any) => d.name).sort()).toEqual(['bpmn-flow', 'kyc-basic']);
    expect(listed.body.definitions[0].bpmnXml).toBeUndefined();
    const run = await t.call('POST', '/api/v1/workflows/bpmn-flow/execute', { individual });
    expect(run.status).toBe(200);
    expect(run.body.workflowResult.workflowExecutionState).toBe('COMPLETED');
  });

  it('refuses a second definition of the same name (409) and writes nothing', async () => {
    const before = await snapshot(t);
    const res = await t.call('POST', '/api/v1/definitions', { ...KYC_BASIC, definition: { steps: [{ type: 'DECISION' }] } });
    expectError(res, [409], 'duplicate');
    expect(res.body.error.code).toBe('DEFINITION_EXISTS');
    expect(res.body.error.message).toContain('/versions');
    expect(await snapshot(t)).toEqual(before);
  });

  it('answers concurrent creations of one name with one 201 and 409s, never a 500', async () => {
    const body = { format: 'json', name: 'raced', definition: { steps: [{ type: 'DECISION' }] } };
    const results = await Promise.all(Array.from({ length: 4 }, () => t.call('POST', '/api/v1/definitions', body)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) expectError(r, [409], 'raced');
  });

  it('adds version 2; version 1 is unchanged and can still be run by version', async () => {
    const v1 = (await t.call('GET', '/api/v1/definitions')).body.definitions.find((d: any) => d.name === 'kyc-basic');
    const v1Full = (await t.call('GET', `/api/v1/definitions/${v1.id}`)).body;
    const v2 = await t.call('POST', `/api/v1/definitions/${v1.id}/versions`, { format: 'json', definition: { steps: [{ type: 'RISK' }, { type: 'DECISION' }] } });
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    expect(v2.body).toMatchObject({ name: 'kyc-basic', version: 2 });
    expect(v2.body.id).not.toBe(v1.id);
    expect((await t.call('GET', `/api/v1/definitions/${v1.id}`)).body).toEqual(v1Full);
    const latest = (await t.call('GET', '/api/v1/definitions')).body.definitions.filter((d: any) => d.name === 'kyc-basic');
    expect(latest.map((d: any) => d.version)).toEqual([2]);
    const every = (await t.call('GET', '/api/v1/definitions?allVersions=true')).body.definitions.filter((d: any) => d.name === 'kyc-basic');
    expect(every.map((d: any) => d.version)).toEqual([1, 2]);

    const old = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', { individual, version: 1 });
    expect(old.status).toBe(200);
    expect(old.body.workflowResult.steps.order).toEqual(['START', 'MATCHLIST', 'RISK', 'DECISION', 'FINISH']);
    const oldInstance = (await t.call('GET', `/api/v1/process-instances/${old.body.workflowResult.workflowExecutionId}`)).body;
    expect(oldInstance).toMatchObject({ processDefnId: v1.id, processDefnVersion: 1 });
    const current = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', { individual });
    expect(current.body.workflowResult.steps.order).toEqual(['START', 'RISK', 'DECISION', 'FINISH']);
    expect((await t.call('GET', `/api/v1/definitions/${v1.id}`)).body.used).toBe(true);
    // A new version of an old version's id still goes to the end of the line.
    const v3 = await t.call('POST', `/api/v1/definitions/${v1.id}/versions`, KYC_BASIC);
    expect(v3.body.version).toBe(3);
  });

  it('rejects an invalid BPMN definition with 422 INVALID_DEFINITION naming the element and the reason', async () => {
    const before = await snapshot(t);
    const broken = bpmnDocument(
      `<bpmn:startEvent id="Start" />
       ${serviceTask('Task_Mystery', 'NO_SUCH_STEP')}
       <bpmn:endEvent id="End" />
       ${flow('f1', 'Start', 'Task_Mystery')}
       ${flow('f2', 'Task_Mystery', 'End')}`,
      'id="Process_X" name="broken"',
    );
    const res = await t.call('POST', '/api/v1/definitions', { format: 'bpmn', xml: broken });
    expectError(res, [422], 'broken bpmn');
    expect(res.body.error.code).toBe('INVALID_DEFINITION');
    expect(res.body.error.message).toContain('Task_Mystery');
    expect(res.body.error.details.problems).toContainEqual(expect.objectContaining({ elementId: 'Task_Mystery', reason: expect.stringContaining('NO_SUCH_STEP') }));

    const dangling = bpmnDocument(`<bpmn:startEvent id="Start" />${flow('f1', 'Start', 'Nowhere')}`, 'id="Process_Y" name="dangling"');
    const res2 = await t.call('POST', '/api/v1/definitions', { format: 'bpmn', xml: dangling });
    expectError(res2, [422], 'dangling flow');
    expect(res2.body.error.details.problems.map((p: any) => p.elementId)).toContain('f1');

    const badConfig = await t.call('POST', '/api/v1/definitions', { format: 'json', name: 'bad-config', definition: { steps: [{ type: 'RISK', config: { thresholds: { MEDIUM: 'x' } } }] } });
    expectError(badConfig, [422], 'bad step config');
    expect(badConfig.body.error.details.problems[0].elementId).toBeTruthy();
    expect(await snapshot(t)).toEqual(before);
  });
});
