import { describe, expect, it } from 'vitest';
import { compileDefinition } from './compile-definition.js';
import { DefinitionError, type DefinitionIssue } from './definition-error.js';
import { bpmnDocument, flow, kycWithGateways, serviceTask } from './fixtures/bpmn-documents.js';
import { testCatalog } from './fixtures/catalog.js';
import type { WorkflowGraph } from '../domain/workflow-graph.js';
import { validateDefinition } from './validate-definition.js';

async function issuesOf(xml: string): Promise<DefinitionIssue[]> {
  try {
    await compileDefinition({ format: 'bpmn', xml }, testCatalog);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    expect(error.code).toBe('INVALID_DEFINITION');
    return error.issues;
  }
  throw new Error('expected the definition to be rejected');
}

/** A process of start → body → end, where body is wired by the caller. */
const process = (body: string) =>
  bpmnDocument(`<bpmn:startEvent id="Start" /><bpmn:endEvent id="End" />${body}`);
const linear = (tasks: string, flows: string) => process(tasks + flows);

describe('validateDefinition (through compileDefinition with BPMN)', () => {
  it('accepts a valid definition with gateways and conditions', async () => {
    const compiled = await compileDefinition({ format: 'bpmn', xml: kycWithGateways }, testCatalog);
    expect(compiled.graph.nodes.Gateway_Hit).toMatchObject({ kind: 'gateway', defaultFlow: 'Flow_NoHit' });
    expect(compiled).toMatchObject({ name: 'kyc-standard', type: 'KYC' });
  });

  it('accepts a step that waits for the applicant as a userTask or a serviceTask', async () => {
    for (const task of [`<bpmn:userTask id="C" idflow:stepType="CONSENT" />`, serviceTask('C', 'CONSENT')]) {
      const compiled = await compileDefinition({ format: 'bpmn', xml: linear(task, flow('F1', 'Start', 'C') + flow('F2', 'C', 'End')) }, testCatalog);
      expect(compiled.graph.nodes.C).toMatchObject({ kind: 'task', stepType: 'CONSENT' });
    }
  });

  it.each<[string, string, string, RegExp]>([
    ['malformed XML', '<bpmn:definitions><bpmn:process', 'definitions', /malformed BPMN XML/],
    ['not BPMN at all', '<html/>', 'definitions', /malformed BPMN XML.*bpmn:Definitions/],
    ['empty input', '   ', 'definitions', /empty/],
    ['no process', '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" />', 'definitions', /no bpmn:process/],
    [
      'no start event',
      bpmnDocument(`${serviceTask('T', 'RISK')}<bpmn:endEvent id="End" />${flow('F', 'T', 'End')}`),
      'Process_1',
      /no start event/,
    ],
    [
      'two start events',
      process(`<bpmn:startEvent id="Start_2" />${serviceTask('T', 'RISK')}${flow('F1', 'Start', 'T')}${flow('F2', 'Start_2', 'T')}${flow('F3', 'T', 'End')}`),
      'Start_2',
      /second start event .*'Start'/,
    ],
    [
      'no end event',
      bpmnDocument(`<bpmn:startEvent id="Start" />${serviceTask('T', 'RISK')}${flow('F', 'Start', 'T')}`),
      'Process_1',
      /no end event/,
    ],
    [
      'a parallel gateway',
      process(`<bpmn:parallelGateway id="Fork" />${flow('F1', 'Start', 'Fork')}${flow('F2', 'Fork', 'End')}`),
      'Fork',
      /parallelGateway is not supported/,
    ],
    [
      'a sub-process',
      process(`<bpmn:subProcess id="Sub"><bpmn:task id="Inner" /></bpmn:subProcess>${flow('F1', 'Start', 'Sub')}${flow('F2', 'Sub', 'End')}`),
      'Sub',
      /subProcess is not supported/,
    ],
    [
      'a timer start event',
      bpmnDocument(`<bpmn:startEvent id="Timer"><bpmn:timerEventDefinition id="TD" /></bpmn:startEvent><bpmn:endEvent id="End" />${flow('F', 'Timer', 'End')}`),
      'Timer',
      /startEvent with TimerEventDefinition is not supported/,
    ],
    ['a flow to a missing element', process(`${flow('F1', 'Start', 'Ghost')}`), 'F1', /targetRef 'Ghost' names no element/],
    [
      'a task without a step type',
      linear(`<bpmn:serviceTask id="Bare" />`, flow('F1', 'Start', 'Bare') + flow('F2', 'Bare', 'End')),
      'Bare',
      /no step type: add idflow:stepType/,
    ],
    [
      'an unknown step type',
      linear(serviceTask('T', 'TELEPATHY'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End')),
      'T',
      /unknown step type 'TELEPATHY'/,
    ],
    [
      'START as a task',
      linear(serviceTask('T', 'START'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End')),
      'T',
      /START runs on the start event/,
    ],
    [
      'a config the step rejects',
      linear(serviceTask('T', 'AML', '', '{"threshold": 7}'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End')),
      'T',
      /config\.threshold: Too big: expected number to be <=1/,
    ],
    [
      'a config with an unknown key',
      linear(serviceTask('T', 'AML', '', '{"treshold": 0.5}'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End')),
      'T',
      /config: Unrecognized key: "treshold"/,
    ],
    [
      'config that is not JSON',
      linear(serviceTask('T', 'AML', '', '{threshold: 0.5}'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End')),
      'T',
      /idflow:config is not valid JSON/,
    ],
    [
      'config that is not an object',
      linear(serviceTask('T', 'AML', '', '[1, 2]'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End')),
      'T',
      /must be a JSON object/,
    ],
    [
      'a timeout that is not a number',
      linear(serviceTask('T', 'AML', 'idflow:timeoutMs="soon"'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End')),
      'T',
      /idflow:timeoutMs="soon" is not a whole number/,
    ],
    [
      'too many retries',
      linear(serviceTask('T', 'AML', 'idflow:retries="500"'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End')),
      'T',
      /retries must be a whole number from 0 to 100/,
    ],
    [
      'a service step in a userTask',
      linear(`<bpmn:userTask id="U" idflow:stepType="AML" />`, flow('F1', 'Start', 'U') + flow('F2', 'U', 'End')),
      'U',
      /does not wait for the applicant: make it a serviceTask/,
    ],
    [
      'a condition that does not parse',
      process(`<bpmn:exclusiveGateway id="G" default="F3" />${flow('F1', 'Start', 'G')}${flow('F2', 'G', 'End', 'AML.result = "HIT"')}${flow('F3', 'G', 'End')}`),
      'F2',
      /condition "AML.result = \\"HIT\\"" does not parse: expected '==' \(comparison\) at position 11/,
    ],
    [
      'a condition on a flow leaving a task',
      linear(serviceTask('T', 'RISK'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End', 'true')),
      'F2',
      /does not leave an exclusive gateway/,
    ],
    [
      'a gateway without outgoing flows',
      process(`<bpmn:exclusiveGateway id="G" />${flow('F1', 'Start', 'G')}`),
      'G',
      /no outgoing flows/,
    ],
    [
      'a gateway branch without a condition',
      process(`${serviceTask('T', 'RISK')}<bpmn:exclusiveGateway id="G" />${flow('F1', 'Start', 'G')}${flow('F2', 'G', 'T')}${flow('F3', 'G', 'End')}${flow('F4', 'T', 'End')}`),
      'F2',
      /has no condition/,
    ],
    [
      'a default flow that leaves another element',
      process(`<bpmn:exclusiveGateway id="G" default="F1" />${flow('F1', 'Start', 'G')}${flow('F2', 'G', 'End', 'true')}`),
      'G',
      /default flow 'F1' is not an outgoing flow/,
    ],
    [
      'a default flow that does not exist',
      process(`<bpmn:exclusiveGateway id="G" default="Nope" />${flow('F1', 'Start', 'G')}${flow('F2', 'G', 'End', 'true')}`),
      'G',
      /default flow 'Nope'/,
    ],
    [
      'a task with two outgoing flows',
      linear(serviceTask('T', 'RISK'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End') + flow('F3', 'T', 'End')),
      'T',
      /a task has 2 outgoing flows: it needs exactly one/,
    ],
    ['a start event with no outgoing flow', process(''), 'Start', /the start event has 0 outgoing flows/],
    [
      'an end event with an outgoing flow',
      linear(serviceTask('T', 'RISK'), flow('F1', 'Start', 'End') + flow('F2', 'End', 'T') + flow('F3', 'T', 'End')),
      'End',
      /end event has outgoing flows/,
    ],
    [
      'an unreachable task',
      linear(serviceTask('T', 'RISK') + serviceTask('Orphan', 'AML'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End') + flow('F3', 'Orphan', 'End')),
      'Orphan',
      /cannot be reached from the start event 'Start'/,
    ],
    [
      'a loop',
      process(
        `${serviceTask('A', 'KYC')}${serviceTask('B', 'AML')}<bpmn:exclusiveGateway id="G" default="F4" />` +
          `${flow('F1', 'Start', 'A')}${flow('F2', 'A', 'B')}${flow('F3', 'B', 'G')}${flow('F4', 'G', 'End')}${flow('Back', 'G', 'A', 'AML.result == "HIT"')}`,
      ),
      'Back',
      /closes a loop \(A → B → G → A\)/,
    ],
    [
      'a duplicate id',
      linear(serviceTask('T', 'RISK') + serviceTask('T', 'AML'), flow('F1', 'Start', 'T') + flow('F2', 'T', 'End')),
      'T',
      /duplicate element id/,
    ],
    [
      'a second process',
      bpmnDocument(`<bpmn:startEvent id="Start" /><bpmn:endEvent id="End" />${flow('F', 'Start', 'End')}`, 'id="P1"', '<bpmn:process id="P2" />'),
      'P2',
      /a second bpmn:process/,
    ],
    [
      'an unknown idflow element',
      linear(
        `<bpmn:serviceTask id="T" idflow:stepType="RISK"><bpmn:extensionElements><idflow:settings /></bpmn:extensionElements></bpmn:serviceTask>`,
        flow('F1', 'Start', 'T') + flow('F2', 'T', 'End'),
      ),
      'definitions',
      /unreadable BPMN: unparsable content <idflow:settings/,
    ],
  ])('reports %s on the right element', async (_case, xml, elementId, reason) => {
    const issues = await issuesOf(xml);
    expect(issues, JSON.stringify(issues)).toContainEqual({ elementId, reason: expect.stringMatching(reason) });
  });

  it('reports dead ends next to the loop that causes them', async () => {
    const issues = await issuesOf(
      process(`${serviceTask('A', 'KYC')}${serviceTask('B', 'AML')}${flow('F1', 'Start', 'A')}${flow('F2', 'A', 'B')}${flow('F3', 'B', 'A')}`),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { elementId: 'Start', reason: expect.stringMatching(/no end event can be reached/) },
        { elementId: 'A', reason: expect.stringMatching(/no end event can be reached/) },
        { elementId: 'End', reason: expect.stringMatching(/cannot be reached/) },
        { elementId: 'F3', reason: expect.stringMatching(/closes a loop/) },
      ]),
    );
  });

  it('does not pile up follow-on errors after an unsupported element', async () => {
    const issues = await issuesOf(
      process(`<bpmn:parallelGateway id="Fork" />${serviceTask('T', 'RISK')}${flow('F1', 'Start', 'Fork')}${flow('F2', 'Fork', 'T')}${flow('F3', 'T', 'End')}`),
    );
    expect(issues).toEqual([{ elementId: 'Fork', reason: expect.stringMatching(/parallelGateway/) }]);
  });

  it('lists every problem, with the first few in the message', async () => {
    const xml = linear(
      serviceTask('A', 'NOPE') + serviceTask('B', 'AML', '', '{"threshold": "high"}') + serviceTask('C', 'ALSO_NOPE'),
      flow('F1', 'Start', 'A') + flow('F2', 'A', 'B') + flow('F3', 'B', 'C') + flow('F4', 'C', 'End') + flow('F5', 'C', 'End'),
    );
    const error = await compileDefinition({ format: 'bpmn', xml }, testCatalog).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DefinitionError);
    const { issues, message } = error as DefinitionError;
    expect(issues.map((issue) => issue.elementId)).toEqual(['A', 'B', 'C', 'C']);
    expect(message).toMatch(/^invalid workflow definition \(4 problems\): A: unknown step type 'NOPE'.*; B: config\.threshold: .*; C: a task has 2 outgoing flows.*; and 1 more$/);
  });

  it('checks graphs built by hand too', () => {
    const graph: WorkflowGraph = {
      processId: 'P',
      startId: 'S',
      nodes: {
        S: { id: 'S', kind: 'start', outgoing: ['S'] },
        E: { id: 'E', kind: 'end', outgoing: [] },
      },
      flows: { S: { id: 'S', source: 'S', target: 'E' } },
    };
    expect(validateDefinition(graph, testCatalog)).toContainEqual({ elementId: 'S', reason: expect.stringMatching(/duplicate element id/) });
    const inconsistent: WorkflowGraph = {
      processId: 'P',
      startId: 'S',
      nodes: {
        S: { id: 'S', kind: 'start', outgoing: ['F9'] },
        E: { id: 'E', kind: 'end', outgoing: [] },
      },
      flows: { F1: { id: 'F1', source: 'S', target: 'E' } },
    };
    expect(validateDefinition(inconsistent, testCatalog)).toEqual([
      { elementId: 'S', reason: expect.stringMatching(/missing from its outgoing flows/) },
      { elementId: 'S', reason: expect.stringMatching(/outgoing flow 'F9' is not a sequence flow from this element/) },
    ]);
  });
});
