import { describe, expect, it } from 'vitest';
import { bpmnDocument, flow, kycWithGateways, serviceTask } from '../fixtures/bpmn-documents.js';
import { readBpmn } from './read-bpmn.js';

describe('readBpmn', () => {
  it('reads tasks, gateways, conditions and the idflow extension into a graph', async () => {
    const read = await readBpmn(kycWithGateways);
    expect(read.issues).toEqual([]);
    expect(read.hasDiagram).toBe(false);
    expect(read.name).toBe('kyc-standard');
    expect(read.type).toBe('KYC');
    const graph = read.graph!;
    expect(graph.processId).toBe('Process_KYC');
    expect(graph.startId).toBe('StartEvent_1');
    expect(graph.nodes.StartEvent_1).toEqual({ id: 'StartEvent_1', name: 'Start', kind: 'start', outgoing: ['Flow_1'] });
    expect(graph.nodes.Task_Consent).toEqual({
      id: 'Task_Consent',
      name: 'Consent',
      kind: 'task',
      taskKind: 'user',
      stepType: 'CONSENT',
      stepName: 'Consent',
      config: {},
      outgoing: ['Flow_2'],
    });
    expect(graph.nodes.Task_KYC).toEqual({
      id: 'Task_KYC',
      kind: 'task',
      taskKind: 'service',
      stepType: 'KYC',
      stepName: 'KYC',
      config: { minSources: 2 },
      timeoutMs: 30000,
      retry: { maxAttempts: 3, backoffMs: 500 },
      outgoing: ['Flow_3'],
    });
    expect(graph.nodes.Task_AML).toMatchObject({ stepName: 'AML screening', config: { threshold: 0.9, lists: ['UN', 'OFSI'] } });
    expect(graph.nodes.Task_Decision).toMatchObject({ config: { rules: [{ when: 'risk.level == "HIGH"', result: 'REVIEW' }] } });
    expect(graph.nodes.Gateway_Hit).toEqual({
      id: 'Gateway_Hit',
      name: 'Hit?',
      kind: 'gateway',
      defaultFlow: 'Flow_NoHit',
      outgoing: ['Flow_Hit', 'Flow_NoHit'],
    });
    expect(graph.flows.Flow_Hit).toEqual({
      id: 'Flow_Hit',
      source: 'Gateway_Hit',
      target: 'Task_Risk',
      condition: 'steps["AML screening"].hits > 0 || entity.nationality in ["IR", "KP"]',
    });
    expect(graph.flows.Flow_NoHit).toEqual({ id: 'Flow_NoHit', source: 'Gateway_Hit', target: 'Task_Decision' });
    expect(graph.nodes.End_Fail).toEqual({ id: 'End_Fail', kind: 'end', outgoing: [] });
    expect(Object.keys(graph.nodes)).toHaveLength(10);
    expect(Object.keys(graph.flows)).toHaveLength(10);
  });

  it('accepts any prefix for the idflow namespace and a default namespace for BPMN', async () => {
    const xml = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:x="https://idflow.dev/schema/bpmn" id="D">
      <process id="P"><startEvent id="S"/><serviceTask id="T" x:stepType="AML"><extensionElements><x:config>{"threshold":1}</x:config></extensionElements></serviceTask>
      <endEvent id="E"/><sequenceFlow id="F1" sourceRef="S" targetRef="T"/><sequenceFlow id="F2" sourceRef="T" targetRef="E"/></process></definitions>`;
    const read = await readBpmn(xml);
    expect(read.issues).toEqual([]);
    expect(read.graph?.nodes.T).toMatchObject({ stepType: 'AML', config: { threshold: 1 } });
  });

  it('notices diagram information', async () => {
    const withDiagram = bpmnDocument(
      `<bpmn:startEvent id="S" />${serviceTask('T', 'RISK')}<bpmn:endEvent id="E" />${flow('F1', 'S', 'T')}${flow('F2', 'T', 'E')}`,
      'id="P"',
      `<bpmndi:BPMNDiagram id="Diagram" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC">
         <bpmndi:BPMNPlane id="Plane" bpmnElement="P">
           <bpmndi:BPMNShape id="S_di" bpmnElement="S"><dc:Bounds x="0" y="0" width="36" height="36" /></bpmndi:BPMNShape>
         </bpmndi:BPMNPlane>
       </bpmndi:BPMNDiagram>`,
    );
    expect((await readBpmn(withDiagram)).hasDiagram).toBe(true);
  });

  it('keeps flows to elements that do not exist as written, for validation to report', async () => {
    const read = await readBpmn(bpmnDocument(`<bpmn:startEvent id="S" /><bpmn:endEvent id="E" />${flow('F1', 'S', 'Nowhere')}`));
    expect(read.graph?.flows.F1).toEqual({ id: 'F1', source: 'S', target: 'Nowhere' });
  });
});
