import { describe, expect, it } from 'vitest';
import { readBpmn } from './bpmn/read-bpmn.js';
import { compileDefinition } from './compile-definition.js';
import { DefinitionError } from './definition-error.js';
import { bpmnDocument, flow, kycWithGateways, serviceTask } from './fixtures/bpmn-documents.js';
import { testCatalog } from './fixtures/catalog.js';

const shorthand = {
  name: 'kyc-with-review',
  type: 'KYC',
  steps: [
    { type: 'START', name: 'Start' },
    { type: 'CONSENT' },
    { type: 'CAPTURE_DOCUMENT', config: { allowedTypes: ['PASSPORT'] } },
    { type: 'AML', name: 'AML', config: { threshold: 0.9, lists: ['UN'] }, timeoutMs: 20000, retries: 2, backoffMs: 250 },
    { type: 'KYC', when: 'AML.hits > 0 or entity.nationality in ["IR", "KP"]' },
    { type: 'RISK', id: 'Risk', when: 'exists(steps.KYC)' },
    { type: 'DECISION', config: { rules: [{ when: 'risk.level == "HIGH"', result: 'REVIEW' }] } },
  ],
};

/** Every element has a shape and every flow an edge with waypoints. */
function expectDrawn(xml: string, nodeIds: string[], flowIds: string[]): void {
  for (const id of nodeIds) expect(xml).toMatch(new RegExp(`<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"[^>]*>\\s*<dc:Bounds `));
  for (const id of flowIds) expect(xml).toMatch(new RegExp(`<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">\\s*<di:waypoint `));
}

function xOf(xml: string, id: string): number {
  const match = new RegExp(`bpmnElement="${id}"[^>]*>\\s*<dc:Bounds x="(\\d+)"`).exec(xml);
  if (!match) throw new Error(`no shape for ${id}`);
  return Number(match[1]);
}

async function rejection(promise: Promise<unknown>): Promise<DefinitionError> {
  const error = await promise.catch((e: unknown) => e);
  if (!(error instanceof DefinitionError)) throw new Error(`expected a DefinitionError, got ${String(error)}`);
  return error;
}

describe('compileDefinition', () => {
  it('compiles the JSON shorthand to a graph and laid-out BPMN that reads back to the same graph', async () => {
    const compiled = await compileDefinition({ format: 'json', definition: shorthand }, testCatalog);
    expect(compiled).toMatchObject({ name: 'kyc-with-review', type: 'KYC' });
    expect(compiled.graph.nodes.Task_CONSENT).toMatchObject({ taskKind: 'user' });
    expect(compiled.graph.nodes.Task_AML).toMatchObject({ taskKind: 'service', retry: { maxAttempts: 3, backoffMs: 250 } });

    const xml = compiled.bpmnXml;
    expect(xml).toContain('<bpmndi:BPMNDiagram');
    expectDrawn(xml, Object.keys(compiled.graph.nodes), Object.keys(compiled.graph.flows));
    expect(xml).toContain('idflow:stepType="AML"');
    expect(xml).toContain('<bpmn:userTask id="Task_CONSENT"');

    const read = await readBpmn(xml);
    expect(read.issues).toEqual([]);
    expect(read.hasDiagram).toBe(true);
    expect(read.graph).toEqual(compiled.graph);
    expect(read.graph && Object.keys(read.graph.nodes)).toEqual(Object.keys(compiled.graph.nodes));
    expect({ name: read.name, type: read.type }).toEqual({ name: 'kyc-with-review', type: 'KYC' });

    const again = await compileDefinition({ format: 'bpmn', xml }, testCatalog);
    expect(again.graph).toEqual(compiled.graph);
    expect(again.bpmnXml).toBe(xml);
  });

  it('round-trips configs with characters XML escapes', async () => {
    const definition = { steps: [{ type: 'DECISION', config: { rules: [{ when: 'a < 1 && b == "<x>&\'y\'"', result: 'FAIL' }] } }] };
    const compiled = await compileDefinition({ format: 'json', definition }, testCatalog);
    expect((await readBpmn(compiled.bpmnXml)).graph).toEqual(compiled.graph);
  });

  it('keeps BPMN that can be drawn as it is, and lays out BPMN that cannot', async () => {
    const compiled = await compileDefinition({ format: 'bpmn', xml: kycWithGateways }, testCatalog);
    expect(kycWithGateways).not.toContain('BPMNDiagram');
    expectDrawn(compiled.bpmnXml, Object.keys(compiled.graph.nodes), Object.keys(compiled.graph.flows));
    // Laid out left to right: the end events lie right of the start.
    expect(xOf(compiled.bpmnXml, 'End_Fail')).toBeGreaterThan(xOf(compiled.bpmnXml, 'Task_AML'));
    expect(xOf(compiled.bpmnXml, 'Task_AML')).toBeGreaterThan(xOf(compiled.bpmnXml, 'StartEvent_1'));
    const relaid = await readBpmn(compiled.bpmnXml);
    expect(relaid.issues).toEqual([]);
    expect(relaid.graph).toEqual(compiled.graph);
    const drawn = await compileDefinition({ format: 'bpmn', xml: compiled.bpmnXml }, testCatalog);
    expect(drawn.bpmnXml).toBe(compiled.bpmnXml);
  });

  it('reports JSON problems under the step they concern', async () => {
    const error = await rejection(
      compileDefinition(
        {
          format: 'json',
          definition: {
            steps: [
              { type: 'AML', config: { threshold: 2 } },
              { type: 'RISK', id: 'Risk', when: 'AML.hits >' },
              { type: 'TELEPATHY' },
              { type: 'AML', userTask: true },
            ],
          },
        },
        testCatalog,
      ),
    );
    expect(error.issues).toEqual([
      { elementId: 'Risk', reason: expect.stringMatching(/condition "AML.hits >" does not parse: expected a value .* at position 10/) },
      { elementId: 'Task_AML', reason: expect.stringMatching(/^config\.threshold: Too big/) },
      { elementId: 'Task_TELEPATHY', reason: expect.stringMatching(/unknown step type 'TELEPATHY'/) },
      { elementId: 'Task_AML_2', reason: expect.stringMatching(/does not wait for the applicant/) },
    ]);
  });

  it('reports a JSON definition of the wrong shape', async () => {
    const error = await rejection(compileDefinition({ format: 'json', definition: { steps: 'AML' } }, testCatalog));
    expect(error.issues).toEqual([{ elementId: 'definition', reason: expect.stringMatching(/^steps: .*expected array/) }]);
    const unknownFormat = await rejection(compileDefinition({ format: 'yaml' } as never, testCatalog));
    expect(unknownFormat.issues[0].reason).toMatch(/format must be 'bpmn'/);
  });

  it('rejects BPMN conditions that try to reach code', async () => {
    const xml = bpmnDocument(
      `<bpmn:startEvent id="S" /><bpmn:endEvent id="E" />${serviceTask('T', 'RISK')}<bpmn:exclusiveGateway id="G" default="F3" />
       ${flow('F1', 'S', 'G')}${flow('F2', 'G', 'T', 'constructor.constructor("return process")()')}${flow('F3', 'G', 'E')}${flow('F4', 'T', 'E')}`,
    );
    const error = await rejection(compileDefinition({ format: 'bpmn', xml }, testCatalog));
    expect(error.issues).toEqual([{ elementId: 'F2', reason: expect.stringMatching(/only count\(…\) and exists\(…\) can be called/) }]);
  });
});
