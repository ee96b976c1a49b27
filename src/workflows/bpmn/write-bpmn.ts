import { layoutProcess } from 'bpmn-auto-layout';
import type { ModdleElement } from 'bpmn-moddle';
import type { GraphNode, WorkflowGraph } from '../../domain/workflow-graph.js';
import { createModdle, IDFLOW_NAMESPACE } from './idflow-moddle.js';

const ELEMENT_TYPES: Record<string, string> = {
  start: 'bpmn:StartEvent',
  end: 'bpmn:EndEvent',
  gateway: 'bpmn:ExclusiveGateway',
  service: 'bpmn:ServiceTask',
  user: 'bpmn:UserTask',
};

/**
 * Writes a graph as BPMN 2.0 XML with the idflow extension, then lays it out (BPMNDiagram, a shape
 * per element, an edge per flow) so that bpmn-js can draw it. Reading the result gives the same graph.
 */
export async function writeBpmn(graph: WorkflowGraph, options: { type?: string } = {}): Promise<string> {
  const moddle = createModdle();
  const elements = new Map<string, ModdleElement>();
  for (const node of Object.values(graph.nodes)) elements.set(node.id, createNode(moddle, node));

  const flowElements: ModdleElement[] = [];
  for (const flow of Object.values(graph.flows)) {
    const source = elements.get(flow.source);
    const target = elements.get(flow.target);
    if (!source || !target) throw new Error(`flow ${flow.id} joins elements missing from the graph: validate the graph first`);
    const element = moddle.create('bpmn:SequenceFlow', { id: flow.id, sourceRef: source, targetRef: target });
    if (flow.condition !== undefined) {
      element.conditionExpression = moddle.create('bpmn:FormalExpression', { body: flow.condition });
    }
    source.get('outgoing').push(element);
    target.get('incoming').push(element);
    flowElements.push(element);
  }
  const flowsById = new Map(flowElements.map((flow) => [flow.id as string, flow]));
  for (const node of Object.values(graph.nodes)) {
    if (node.kind === 'gateway' && node.defaultFlow) elements.get(node.id)?.set('default', flowsById.get(node.defaultFlow));
  }

  const process = moddle.create('bpmn:Process', {
    id: graph.processId,
    isExecutable: true,
    ...(graph.name ? { name: graph.name } : {}),
    ...(options.type ? { 'idflow:type': options.type } : {}),
  });
  process.set('flowElements', [...elements.values(), ...flowElements]);
  const definitions = moddle.create('bpmn:Definitions', {
    id: `Definitions_${graph.processId}`,
    targetNamespace: IDFLOW_NAMESPACE,
    rootElements: [process],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return layoutProcess(xml);
}

function createNode(moddle: ReturnType<typeof createModdle>, node: GraphNode): ModdleElement {
  // A task's label is its step name (the reader takes the step name from the label).
  const name = node.kind === 'task' && node.stepName !== node.stepType ? (node.name ?? node.stepName) : node.name;
  const common = { id: node.id, ...(name ? { name } : {}) };
  if (node.kind !== 'task') return moddle.create(ELEMENT_TYPES[node.kind], common);
  const element = moddle.create(ELEMENT_TYPES[node.taskKind], {
    ...common,
    'idflow:stepType': node.stepType,
    ...(node.timeoutMs !== undefined ? { 'idflow:timeoutMs': String(node.timeoutMs) } : {}),
    ...(node.retry
      ? { 'idflow:retries': String(node.retry.maxAttempts - 1), 'idflow:backoffMs': String(node.retry.backoffMs) }
      : {}),
  });
  if (Object.keys(node.config).length > 0) {
    const config = moddle.create('idflow:Config', { value: JSON.stringify(node.config) });
    element.extensionElements = moddle.create('bpmn:ExtensionElements', { values: [config] });
  }
  return element;
}
