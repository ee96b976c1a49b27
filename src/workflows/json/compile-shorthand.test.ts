import { describe, expect, it } from 'vitest';
import { compileShorthand } from './compile-shorthand.js';

const kycBasic = {
  name: 'kyc-basic',
  type: 'KYC',
  steps: [
    { type: 'MATCHLIST' },
    { type: 'AML', name: 'AML', config: { threshold: 0.9 }, timeoutMs: 20000, retries: 2 },
    { type: 'RISK' },
    { type: 'DECISION', config: { rules: [] } },
  ],
};

describe('compileShorthand', () => {
  it('chains the steps from a start event to an end event', () => {
    const { graph, issues, name, type } = compileShorthand(kycBasic);
    expect(issues).toEqual([]);
    expect({ name, type }).toEqual({ name: 'kyc-basic', type: 'KYC' });
    expect(graph).toEqual({
      processId: 'Process_kyc-basic',
      name: 'kyc-basic',
      startId: 'StartEvent',
      nodes: {
        StartEvent: { id: 'StartEvent', kind: 'start', outgoing: ['Flow_StartEvent_Task_MATCHLIST'] },
        Task_MATCHLIST: expect.objectContaining({ kind: 'task', stepType: 'MATCHLIST', stepName: 'MATCHLIST', name: 'MATCHLIST', config: {} }),
        Task_AML: {
          id: 'Task_AML',
          name: 'AML',
          kind: 'task',
          taskKind: 'service',
          stepType: 'AML',
          stepName: 'AML',
          config: { threshold: 0.9 },
          timeoutMs: 20000,
          retry: { maxAttempts: 3, backoffMs: 1000 },
          outgoing: ['Flow_Task_AML_Task_RISK'],
        },
        Task_RISK: expect.objectContaining({ outgoing: ['Flow_Task_RISK_Task_DECISION'] }),
        Task_DECISION: expect.objectContaining({ config: { rules: [] }, outgoing: ['Flow_Task_DECISION_EndEvent'] }),
        EndEvent: { id: 'EndEvent', kind: 'end', outgoing: [] },
      },
      flows: {
        Flow_StartEvent_Task_MATCHLIST: { id: 'Flow_StartEvent_Task_MATCHLIST', source: 'StartEvent', target: 'Task_MATCHLIST' },
        Flow_Task_MATCHLIST_Task_AML: { id: 'Flow_Task_MATCHLIST_Task_AML', source: 'Task_MATCHLIST', target: 'Task_AML' },
        Flow_Task_AML_Task_RISK: { id: 'Flow_Task_AML_Task_RISK', source: 'Task_AML', target: 'Task_RISK' },
        Flow_Task_RISK_Task_DECISION: { id: 'Flow_Task_RISK_Task_DECISION', source: 'Task_RISK', target: 'Task_DECISION' },
        Flow_Task_DECISION_EndEvent: { id: 'Flow_Task_DECISION_EndEvent', source: 'Task_DECISION', target: 'EndEvent' },
      },
    });
  });

  it('puts a gateway before a step with `when`, whose default flow skips the step', () => {
    const { graph, issues, ownerOf } = compileShorthand({
      steps: [
        { type: 'AML' },
        { type: 'RISK', id: 'Risk', when: 'AML.hits > 0' },
        { type: 'KYC', when: 'risk.level == "HIGH"' },
        { type: 'DECISION' },
      ],
    });
    expect(issues).toEqual([]);
    const g = graph!;
    expect(g.nodes.Gateway_Risk).toEqual({
      id: 'Gateway_Risk',
      name: 'RISK?',
      kind: 'gateway',
      outgoing: ['Flow_Gateway_Risk_Risk', 'Flow_Gateway_Risk_Gateway_Task_KYC'],
      defaultFlow: 'Flow_Gateway_Risk_Gateway_Task_KYC',
    });
    expect(g.flows.Flow_Gateway_Risk_Risk).toMatchObject({ target: 'Risk', condition: 'AML.hits > 0' });
    expect(g.flows.Flow_Gateway_Risk_Gateway_Task_KYC.condition).toBeUndefined();
    // Both the step and its skip lead to the next gateway, whose branches both reach DECISION.
    expect(g.nodes.Risk.outgoing).toEqual(['Flow_Risk_Gateway_Task_KYC']);
    expect(g.flows.Flow_Risk_Gateway_Task_KYC.target).toBe('Gateway_Task_KYC');
    expect(g.nodes.Gateway_Task_KYC.outgoing.map((id) => g.flows[id].target)).toEqual(['Task_KYC', 'Task_DECISION']);
    expect(g.nodes.Task_KYC.outgoing.map((id) => g.flows[id].target)).toEqual(['Task_DECISION']);
    expect(ownerOf).toMatchObject({ Gateway_Risk: 'Risk', Flow_Gateway_Risk_Risk: 'Risk', Gateway_Task_KYC: 'Task_KYC' });
  });

  it('maps explicit START and FINISH steps to the events', () => {
    const { graph, issues } = compileShorthand({
      steps: [{ type: 'START', id: 'Begin', name: 'Begin' }, { type: 'RISK' }, { type: 'FINISH', name: 'Done' }],
    });
    expect(issues).toEqual([]);
    expect(graph?.startId).toBe('Begin');
    expect(graph?.nodes.Begin).toMatchObject({ kind: 'start', name: 'Begin' });
    expect(graph?.nodes.EndEvent).toMatchObject({ kind: 'end', name: 'Done' });
    expect(Object.values(graph!.nodes).filter((node) => node.kind === 'task')).toHaveLength(1);
    const bare = compileShorthand({ steps: [{ type: 'START' }, { type: 'FINISH' }] });
    expect(bare.graph?.nodes.StartEvent.outgoing.map((id) => bare.graph!.flows[id].target)).toEqual(['EndEvent']);
  });

  it('generates unique ids around the ones given', () => {
    const { graph } = compileShorthand({
      steps: [{ type: 'AML' }, { type: 'AML', id: 'Task_AML' }, { type: 'AML' }, { type: 'odd type!' }],
    });
    expect(Object.keys(graph!.nodes)).toEqual(['StartEvent', 'Task_AML_2', 'Task_AML', 'Task_AML_3', 'Task_odd_type_', 'EndEvent']);
  });

  it('makes user tasks from `userTask` or the user-task step types', () => {
    const { graph } = compileShorthand(
      { steps: [{ type: 'CONSENT' }, { type: 'AML' }, { type: 'CUSTOM', userTask: true }, { type: 'CAPTURE_FACE', userTask: false }] },
      { userTaskTypes: new Set(['CONSENT', 'CAPTURE_FACE']) },
    );
    const kinds = Object.values(graph!.nodes).flatMap((node) => (node.kind === 'task' ? [`${node.stepType}:${node.taskKind}`] : []));
    expect(kinds).toEqual(['CONSENT:user', 'AML:service', 'CUSTOM:user', 'CAPTURE_FACE:service']);
  });

  it('reports input of the wrong shape by step', () => {
    expect(compileShorthand('steps').issues).toEqual([{ elementId: 'definition', reason: expect.stringMatching(/expected object/) }]);
    expect(compileShorthand({ name: 'x' }).issues).toEqual([{ elementId: 'definition', reason: expect.stringMatching(/^steps: /) }]);
    const { issues } = compileShorthand({
      steps: [{ type: 'AML', id: 'Screen', timeoutMs: -5 }, { type: 'RISK', condition: 'x' }, { type: '' }, { type: 'KYC', id: '1bad' }],
      colour: 'blue',
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { elementId: 'Screen', reason: expect.stringMatching(/^steps\[0\]\.timeoutMs: Too small/) },
        { elementId: 'steps[1]', reason: expect.stringMatching(/Unrecognized key: "condition"/) },
        { elementId: 'steps[2]', reason: expect.stringMatching(/^steps\[2\]\.type: /) },
        { elementId: '1bad', reason: expect.stringMatching(/must start with a letter/) },
        { elementId: 'definition', reason: expect.stringMatching(/Unrecognized key: "colour"/) },
      ]),
    );
  });

  it('reports duplicate ids, settings on START/FINISH and backoff without retries', () => {
    const { issues, graph } = compileShorthand({
      steps: [
        { type: 'START', config: { a: 1 } },
        { type: 'AML', id: 'Screen' },
        { type: 'KYC', id: 'Screen' },
        { type: 'RISK', backoffMs: 100 },
        { type: 'FINISH', when: 'true' },
      ],
    });
    expect(issues).toEqual([
      { elementId: 'Screen', reason: expect.stringMatching(/duplicate element id \(again at steps\[2\]\)/) },
      { elementId: 'StartEvent', reason: expect.stringMatching(/START is the start event and takes no config/) },
      { elementId: 'EndEvent', reason: expect.stringMatching(/FINISH is the end event and takes no when/) },
      { elementId: 'Task_RISK', reason: expect.stringMatching(/backoffMs is set without retries/) },
    ]);
    expect(Object.keys(graph!.nodes)).toContain('Task_KYC');
  });
});
