import type { ModdleElement, ParseWarning } from 'bpmn-moddle';
import type { DefinitionIssue } from '../definition-error.js';
import type { GraphNode, SequenceFlow, TaskNode, WorkflowGraph } from '../../domain/workflow-graph.js';
import { retryPolicy } from '../task-settings.js';
import { createModdle } from './idflow-moddle.js';

export interface BpmnReadResult {
  /** Absent when the XML could not be read at all. */
  graph?: WorkflowGraph;
  /** Problems found while reading (validation of the graph adds the rest). */
  issues: DefinitionIssue[];
  /** Ids of elements outside the supported subset, already reported. */
  unsupportedIds: Set<string>;
  /** Whether the XML has diagram information to draw it. */
  hasDiagram: boolean;
  name?: string;
  type?: string;
}

const SUPPORTED = 'startEvent, endEvent, serviceTask, userTask, exclusiveGateway and sequenceFlow';
const WHOLE_NUMBER = /^\s*\d+\s*$/;

/** Reads BPMN 2.0 XML (the supported subset, with the idflow extension) into a workflow graph. */
export async function readBpmn(xml: string): Promise<BpmnReadResult> {
  const issues: DefinitionIssue[] = [];
  const unsupportedIds = new Set<string>();
  const report = (elementId: string, reason: string) => issues.push({ elementId, reason });
  if (typeof xml !== 'string' || xml.trim() === '') {
    report('definitions', 'the BPMN XML is empty: send a bpmn:definitions document');
    return { issues, unsupportedIds, hasDiagram: false };
  }
  let parsed;
  try {
    parsed = await createModdle().fromXML(xml);
  } catch (error) {
    report('definitions', `malformed BPMN XML: ${oneLine((error as Error).message)}`);
    return { issues, unsupportedIds, hasDiagram: false };
  }
  const definitions = parsed.rootElement;
  const hasDiagram = (definitions.diagrams ?? []).some((diagram: ModdleElement) => (diagram.plane?.planeElement ?? []).length > 0);

  const processes = (definitions.rootElements ?? []).filter((element: ModdleElement) => element.$type === 'bpmn:Process');
  if (processes.length === 0) {
    report('definitions', 'the XML has no bpmn:process: put the workflow in one <bpmn:process>');
    return { issues, unsupportedIds, hasDiagram };
  }
  for (const extra of processes.slice(1)) {
    report(extra.id ?? 'definitions', `a second bpmn:process (the first is '${processes[0].id}'): a definition holds exactly one process`);
  }
  const process: ModdleElement = processes[0];

  const danglingRefs = new Map<ModdleElement, Record<string, string>>();
  for (const warning of parsed.warnings) {
    readWarning(warning, danglingRefs, report);
  }

  const nodes: Record<string, GraphNode> = {};
  const flows: Record<string, SequenceFlow> = {};
  const flowOrder: SequenceFlow[] = [];
  const elements: ModdleElement[] = process.flowElements ?? [];
  for (const element of elements) {
    const id = element.id ?? '';
    if (element.$type === 'bpmn:SequenceFlow') {
      if (!id) {
        report('definitions', `a sequenceFlow without an id (from '${element.sourceRef?.id ?? '?'}' to '${element.targetRef?.id ?? '?'}'): give it an id`);
        continue;
      }
      const raw = danglingRefs.get(element) ?? {};
      const condition = element.conditionExpression?.body;
      flows[id] = {
        id,
        source: element.sourceRef?.id ?? raw['bpmn:sourceRef'] ?? '',
        target: element.targetRef?.id ?? raw['bpmn:targetRef'] ?? '',
        ...(typeof condition === 'string' ? { condition: condition.trim() } : {}),
      };
      flowOrder.push(flows[id]);
      continue;
    }
    const node = readNode(element, danglingRefs, report);
    if (node) nodes[id] = node;
    else unsupportedIds.add(id);
  }
  // Outgoing flows in document order of the sequence flows (a gateway tries its conditions in this order).
  for (const flow of flowOrder) nodes[flow.source]?.outgoing.push(flow.id);

  const start = Object.values(nodes).find((node) => node.kind === 'start');
  const name = nonEmpty(process.name);
  const type = nonEmpty(process.get('idflow:type'));
  const graph: WorkflowGraph = {
    processId: process.id ?? 'process',
    ...(name ? { name } : {}),
    startId: start?.id ?? '',
    nodes,
    flows,
  };
  return { graph, issues, unsupportedIds, hasDiagram, ...(name ? { name } : {}), ...(type ? { type } : {}) };
}

function readWarning(
  warning: ParseWarning,
  danglingRefs: Map<ModdleElement, Record<string, string>>,
  report: (elementId: string, reason: string) => void,
): void {
  const element = warning.element;
  if (warning.message.startsWith('unresolved reference') && element && warning.property) {
    if (/^(bpmndi|di|dc):/.test(element.$type)) return; // a stale drawing does not change what runs
    if (['bpmn:sourceRef', 'bpmn:targetRef', 'bpmn:default'].includes(warning.property)) {
      // Kept as written: validation reports the flow (or default) that names nothing.
      danglingRefs.set(element, { ...danglingRefs.get(element), [warning.property]: warning.value ?? '' });
      return;
    }
    report(element.id ?? 'definitions', `${warning.property.replace(/^bpmn:/, '')} '${warning.value}' names no element: fix or remove the reference`);
    return;
  }
  const attribute = /^unknown attribute <([^>]*)>/.exec(warning.message);
  if (attribute) {
    report(
      element?.id ?? 'definitions',
      `unknown attribute ${attribute[1]}: idflow:stepType, idflow:timeoutMs, idflow:retries and idflow:backoffMs go on a serviceTask or userTask, idflow:type on the process`,
    );
    return;
  }
  const duplicate = /duplicate ID <([^>]*)>/.exec(warning.message);
  if (duplicate) {
    report(duplicate[1], 'duplicate element id: every element needs its own id');
    return;
  }
  report(element?.id ?? 'definitions', `unreadable BPMN: ${oneLine(warning.message)}`);
}

function readNode(
  element: ModdleElement,
  danglingRefs: Map<ModdleElement, Record<string, string>>,
  report: (elementId: string, reason: string) => void,
): GraphNode | undefined {
  const id = element.id ?? '';
  const localName = element.$type.replace(/^bpmn:/, '').replace(/^./, (c) => c.toLowerCase());
  const name = nonEmpty(element.name);
  const base = { id, ...(name ? { name } : {}), outgoing: [] as string[] };
  const unsupported = (what: string) => {
    const hint = element.$type === 'bpmn:Task' ? ': make it a serviceTask or userTask with idflow:stepType' : `: a definition uses only ${SUPPORTED}`;
    report(id || 'definitions', `${what} is not supported${hint}`);
    return undefined;
  };
  if (!id) return unsupported(`a ${localName} without an id`);
  const definitions: ModdleElement[] = element.eventDefinitions ?? [];
  if (definitions.length > 0) {
    return unsupported(`${localName} with ${definitions.map((d) => d.$type.replace(/^bpmn:/, '')).join(', ')}`);
  }
  if (element.loopCharacteristics) return unsupported(`${localName} with loop or multi-instance characteristics`);
  switch (element.$type) {
    case 'bpmn:StartEvent':
      return { ...base, kind: 'start' };
    case 'bpmn:EndEvent':
      return { ...base, kind: 'end' };
    case 'bpmn:ExclusiveGateway': {
      const defaultFlow = element.default?.id ?? danglingRefs.get(element)?.['bpmn:default'];
      return { ...base, kind: 'gateway', ...(defaultFlow ? { defaultFlow } : {}) };
    }
    case 'bpmn:ServiceTask':
    case 'bpmn:UserTask':
      return readTask(element, base, report);
    case 'bpmn:Task':
      return unsupported('a plain task (no type)');
    default:
      return unsupported(localName);
  }
}

function readTask(
  element: ModdleElement,
  base: { id: string; name?: string; outgoing: string[] },
  report: (elementId: string, reason: string) => void,
): TaskNode {
  const stepType = nonEmpty(element.get('idflow:stepType')) ?? '';
  const whole = (attribute: 'timeoutMs' | 'retries' | 'backoffMs'): number | undefined => {
    const raw: unknown = element.get(`idflow:${attribute}`);
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw === 'string' && WHOLE_NUMBER.test(raw)) return Number(raw);
    report(base.id, `idflow:${attribute}="${String(raw)}" is not a whole number: write it in digits (milliseconds or a count)`);
    return undefined;
  };
  const timeoutMs = whole('timeoutMs');
  const retries = whole('retries');
  const backoffMs = whole('backoffMs');
  if (backoffMs !== undefined && retries === undefined) {
    report(base.id, 'idflow:backoffMs is set without idflow:retries: add idflow:retries or remove idflow:backoffMs');
  }
  if (timeoutMs === 0) report(base.id, 'idflow:timeoutMs is 0: give a timeout above 0 or leave the attribute out');
  const retry = retryPolicy(retries, backoffMs);
  return {
    ...base,
    kind: 'task',
    taskKind: element.$type === 'bpmn:UserTask' ? 'user' : 'service',
    stepType,
    stepName: base.name ?? stepType,
    config: readConfig(element, report),
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(retry ? { retry } : {}),
  };
}

function readConfig(element: ModdleElement, report: (elementId: string, reason: string) => void): Record<string, unknown> {
  const configs: ModdleElement[] = (element.extensionElements?.values ?? []).filter((value: ModdleElement) => value.$type === 'idflow:Config');
  if (configs.length > 1) report(element.id ?? '', `${configs.length} idflow:config elements: put the whole configuration in one`);
  const text: string = configs[0]?.value ?? '';
  if (text.trim() === '') return {};
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    report(element.id ?? '', `idflow:config is not valid JSON (${(error as Error).message}): write a JSON object`);
    return {};
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    report(element.id ?? '', 'idflow:config must be a JSON object ({ … })');
    return {};
  }
  return config as Record<string, unknown>;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ', ');
}
