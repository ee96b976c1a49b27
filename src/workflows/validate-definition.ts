import type { z } from 'zod';
import type { DefinitionIssue } from './definition-error.js';
import { ExpressionError, parseExpression } from './expression/index.js';
import type { GatewayNode, StepKind, TaskNode, WorkflowGraph } from '../domain/workflow-graph.js';
import { checkGraphShape } from './check-graph-shape.js';
import { MAX_RETRIES } from './task-settings.js';

export { DefinitionError, throwIfInvalid, type DefinitionIssue } from './definition-error.js';

/** The step registry as validation sees it; passed in so that this code stays pure. */
export interface StepCatalog {
  get(type: string): { kind: StepKind; configSchema: z.ZodType } | undefined;
}

export interface ValidateOptions {
  /** Ids of elements a reader already reported as unsupported: flows to them are not reported again. */
  unsupportedIds?: ReadonlySet<string>;
}

/** START and FINISH run on the start and end events, never as tasks. */
const EVENT_STEP_TYPES = new Set(['START', 'FINISH']);

/**
 * Everything that makes a compiled graph unrunnable, as a list (empty when valid): missing or extra
 * start events, dangling flows, unknown step types, configs the step's schema rejects, conditions that
 * do not parse, wrong numbers of outgoing flows, and (when the graph is otherwise whole) unreachable
 * elements, dead ends and loops.
 */
export function validateDefinition(graph: WorkflowGraph, catalog: StepCatalog, options: ValidateOptions = {}): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const report: Report = (elementId, reason) => issues.push({ elementId, reason });
  const unsupported = options.unsupportedIds ?? new Set<string>();

  const starts = checkEvents(graph, report);
  const flowsResolve = checkFlows(graph, unsupported, report);
  let outgoingResolve = true;
  for (const node of Object.values(graph.nodes)) {
    for (const flowId of node.outgoing) {
      if (graph.flows[flowId]?.source === node.id) continue;
      outgoingResolve = false;
      report(node.id, `outgoing flow '${flowId}' is not a sequence flow from this element: list only flows whose sourceRef is '${node.id}'`);
    }
    if ((node.kind === 'start' || node.kind === 'task') && node.outgoing.length !== 1) {
      const what = node.kind === 'start' ? 'the start event' : 'a task';
      report(node.id, `${what} has ${node.outgoing.length} outgoing flows: it needs exactly one (branch through an exclusiveGateway)`);
    }
    if (node.kind === 'end' && node.outgoing.length > 0) report(node.id, 'an end event has outgoing flows: remove them');
    if (node.kind === 'task') checkTask(node, catalog, report);
    if (node.kind === 'gateway') checkGateway(node, graph, report);
  }

  // The whole-graph checks need every flow to resolve, or they would only repeat the problems above.
  const whole = starts === 1 && flowsResolve && outgoingResolve && unsupported.size === 0;
  if (whole && graph.nodes[graph.startId]?.kind === 'start') issues.push(...checkGraphShape(graph));
  return issues;
}

type Report = (elementId: string, reason: string) => void;

/** Exactly one start event and at least one end event; returns the number of start events. */
function checkEvents(graph: WorkflowGraph, report: Report): number {
  const starts = Object.values(graph.nodes).filter((node) => node.kind === 'start');
  if (starts.length === 0) report(graph.processId, 'the process has no start event: add exactly one startEvent');
  for (const extra of starts.slice(1)) {
    report(extra.id, `a second start event (the first is '${starts[0].id}'): a process has exactly one startEvent`);
  }
  if (!Object.values(graph.nodes).some((node) => node.kind === 'end')) {
    report(graph.processId, 'the process has no end event: add at least one endEvent');
  }
  return starts.length;
}

/** Flows join existing elements, and only flows leaving a gateway carry a condition that parses. Returns whether all flows resolve. */
function checkFlows(graph: WorkflowGraph, unsupported: ReadonlySet<string>, report: Report): boolean {
  let resolve = true;
  for (const flow of Object.values(graph.flows)) {
    if (graph.nodes[flow.id]) report(flow.id, `duplicate element id: a sequence flow and a ${graph.nodes[flow.id].kind} share it`);
    const source = graph.nodes[flow.source];
    if (source && !source.outgoing.includes(flow.id)) {
      resolve = false;
      report(flow.source, `sequence flow '${flow.id}' leaves this element but is missing from its outgoing flows`);
    }
    for (const [end, ref] of [['sourceRef', flow.source], ['targetRef', flow.target]] as const) {
      if (graph.nodes[ref]) continue;
      resolve = false;
      if (!unsupported.has(ref)) {
        report(flow.id, ref ? `${end} '${ref}' names no element of the process: point it at an existing element` : `the sequence flow has no ${end}`);
      }
    }
    if (flow.condition !== undefined) {
      if (source && source.kind !== 'gateway') {
        report(flow.id, 'a condition on a flow that does not leave an exclusive gateway: branch through an exclusiveGateway');
      }
      checkCondition(flow.id, flow.condition, report);
    }
  }
  return resolve;
}

function checkCondition(flowId: string, source: string, report: Report): void {
  try {
    parseExpression(source);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    report(flowId, `condition ${JSON.stringify(source)} does not parse: ${error.message}`);
  }
}

function checkTask(task: TaskNode, catalog: StepCatalog, report: Report): void {
  if (!task.stepType) {
    report(task.id, 'the task has no step type: add idflow:stepType="…" (e.g. "AML") to it');
    return;
  }
  if (EVENT_STEP_TYPES.has(task.stepType)) {
    const [event, place] = task.stepType === 'START' ? ['start', 'first'] : ['end', 'last'];
    report(task.id, `${task.stepType} runs on the ${event} event, not as a task: remove this task (in the JSON form it may only be the ${place} step)`);
    return;
  }
  const step = catalog.get(task.stepType);
  if (!step) {
    report(task.id, `unknown step type '${task.stepType}': use a registered step type (names are case-sensitive)`);
    return;
  }
  // A step that waits for the applicant may be drawn either way; one that never waits may not be a userTask.
  if (step.kind !== 'user' && task.taskKind === 'user') {
    report(task.id, `step type ${task.stepType} does not wait for the applicant: make it a serviceTask`);
  }
  const parsed = step.configSchema.safeParse(task.config);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      const path = problem.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
      report(task.id, `config${path}: ${problem.message}`);
    }
  }
  if (task.timeoutMs !== undefined && !(Number.isInteger(task.timeoutMs) && task.timeoutMs > 0)) {
    report(task.id, `timeoutMs must be a whole number of milliseconds above 0, not ${task.timeoutMs}`);
  }
  const { maxAttempts, backoffMs } = task.retry ?? { maxAttempts: 1, backoffMs: 0 };
  if (!(Number.isInteger(maxAttempts) && maxAttempts >= 1 && maxAttempts <= MAX_RETRIES + 1 && Number.isInteger(backoffMs) && backoffMs >= 0)) {
    report(task.id, `retries must be a whole number from 0 to ${MAX_RETRIES} and backoffMs a whole number of milliseconds`);
  }
}

function checkGateway(gateway: GatewayNode, graph: WorkflowGraph, report: Report): void {
  if (gateway.outgoing.length === 0) {
    report(gateway.id, 'the gateway has no outgoing flows: add at least one');
    return;
  }
  if (gateway.defaultFlow !== undefined) {
    if (!gateway.outgoing.includes(gateway.defaultFlow)) {
      report(gateway.id, `default flow '${gateway.defaultFlow}' is not an outgoing flow of this gateway: name one of ${gateway.outgoing.join(', ')}`);
    } else if (graph.flows[gateway.defaultFlow]?.condition !== undefined) {
      report(gateway.defaultFlow, `the default flow of '${gateway.id}' has a condition: a default flow is taken when no condition holds, so remove it`);
    }
  }
  if (gateway.outgoing.length > 1) {
    for (const flowId of gateway.outgoing) {
      if (flowId !== gateway.defaultFlow && graph.flows[flowId]?.condition === undefined) {
        report(flowId, `a flow leaving gateway '${gateway.id}' has no condition: add a conditionExpression or make it the gateway's default`);
      }
    }
  }
}
