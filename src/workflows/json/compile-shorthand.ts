import type { z } from 'zod';
import type { DefinitionIssue } from '../definition-error.js';
import type { GatewayNode, GraphNode, SequenceFlow, WorkflowGraph } from '../../domain/workflow-graph.js';
import { retryPolicy } from '../task-settings.js';
import { shorthandDefinitionSchema, type ShorthandStep } from './shorthand-schema.js';

export interface ShorthandCompileResult {
  /** Absent when the input does not have the shorthand's shape. */
  graph?: WorkflowGraph;
  issues: DefinitionIssue[];
  /** Generated elements (a step's gateway and flows) → the id of the step they belong to. */
  ownerOf: Record<string, string>;
  name?: string;
  type?: string;
}

export interface ShorthandOptions {
  /** Step types that wait for the applicant, for steps that do not say `userTask`. */
  userTaskTypes?: ReadonlySet<string>;
}

/** An element waiting for the next one: it gets a flow to whatever comes next. */
interface OpenEnd {
  source: string;
  isDefault?: boolean;
}

/**
 * Compiles the JSON shorthand to a workflow graph: start event → steps in order → end event. A step
 * with `when` gets an exclusive gateway in front whose condition flow runs it and whose default flow
 * skips to the next step. START/FINISH steps, if listed, become the start and end events.
 */
export function compileShorthand(input: unknown, options: ShorthandOptions = {}): ShorthandCompileResult {
  const parsed = shorthandDefinitionSchema.safeParse(input);
  if (!parsed.success) return { issues: schemaIssues(parsed.error, input), ownerOf: {} };
  const { name, type, steps } = parsed.data;
  const issues: DefinitionIssue[] = [];
  const report = (elementId: string, reason: string) => issues.push({ elementId, reason });

  // Explicit ids first, so that generated ones avoid them; a repeated id is reported and replaced.
  const ids = new IdAllocator();
  const explicitIds = steps.map((step, index) => {
    if (step.id === undefined) return undefined;
    if (ids.claim(step.id)) return step.id;
    report(step.id, `duplicate element id (again at steps[${index}]): give each step its own id`);
    return undefined;
  });

  const hasStart = steps[0]?.type === 'START';
  const hasFinish = steps.length > (hasStart ? 1 : 0) && steps.at(-1)?.type === 'FINISH';
  const first = hasStart ? 1 : 0;
  const taskSteps = steps.slice(first, hasFinish ? -1 : undefined);
  const stepIds = taskSteps.map((step, index) => explicitIds[first + index] ?? ids.generate(`Task_${step.type}`));
  const startStep = hasStart ? steps[0] : undefined;
  const finishStep = hasFinish ? steps.at(-1) : undefined;
  const startId = (hasStart ? explicitIds[0] : undefined) ?? ids.generate('StartEvent');
  const endId = (hasFinish ? explicitIds.at(-1) : undefined) ?? ids.generate('EndEvent');
  if (startStep) checkEventStep(startStep, startId, report);
  if (finishStep) checkEventStep(finishStep, endId, report);
  taskSteps.forEach((step, index) => {
    if (step.backoffMs !== undefined && step.retries === undefined) {
      report(stepIds[index], 'backoffMs is set without retries: add retries or remove backoffMs');
    }
  });

  const nodes: Record<string, GraphNode> = {};
  const flows: Record<string, SequenceFlow> = {};
  const ownerOf: Record<string, string> = {};
  const connect = (open: OpenEnd[], target: string, owner?: string, condition?: string): void => {
    for (const end of open) {
      const id = ids.generate(`Flow_${end.source}_${target}`);
      flows[id] = { id, source: end.source, target, ...(condition !== undefined ? { condition } : {}) };
      nodes[end.source].outgoing.push(id);
      if (end.isDefault) (nodes[end.source] as GatewayNode).defaultFlow = id;
      if (owner) ownerOf[id] = owner;
    }
  };

  nodes[startId] = { id: startId, kind: 'start', outgoing: [], ...(startStep?.name ? { name: startStep.name } : {}) };
  let open: OpenEnd[] = [{ source: startId }];
  taskSteps.forEach((step, index) => {
    const id = stepIds[index];
    const stepName = step.name ?? step.type;
    const retry = retryPolicy(step.retries, step.backoffMs);
    nodes[id] = {
      id,
      name: stepName,
      kind: 'task',
      taskKind: (step.userTask ?? options.userTaskTypes?.has(step.type)) ? 'user' : 'service',
      stepType: step.type,
      stepName,
      config: step.config ?? {},
      outgoing: [],
      ...(step.timeoutMs !== undefined ? { timeoutMs: step.timeoutMs } : {}),
      ...(retry ? { retry } : {}),
    };
    if (step.when === undefined) {
      connect(open, id);
      open = [{ source: id }];
      return;
    }
    const gatewayId = ids.generate(`Gateway_${id}`);
    nodes[gatewayId] = { id: gatewayId, name: `${stepName}?`, kind: 'gateway', outgoing: [] };
    ownerOf[gatewayId] = id;
    connect(open, gatewayId);
    connect([{ source: gatewayId }], id, id, step.when);
    open = [{ source: id }, { source: gatewayId, isDefault: true }];
  });
  nodes[endId] = { id: endId, kind: 'end', outgoing: [], ...(finishStep?.name ? { name: finishStep.name } : {}) };
  connect(open, endId);

  const graph: WorkflowGraph = { processId: ids.generate(`Process_${name ?? 'workflow'}`), ...(name ? { name } : {}), startId, nodes, flows };
  return { graph, issues, ownerOf, ...(name ? { name } : {}), ...(type ? { type } : {}) };
}

function checkEventStep(step: ShorthandStep, id: string, report: (elementId: string, reason: string) => void): void {
  const extras = (['config', 'when', 'timeoutMs', 'retries', 'backoffMs', 'userTask'] as const).filter((key) => step[key] !== undefined);
  if (extras.length > 0) {
    report(id, `${step.type} is the ${step.type === 'START' ? 'start' : 'end'} event and takes no ${extras.join(', ')}: remove ${extras.length > 1 ? 'them' : 'it'}`);
  }
}

/** Hands out element ids, making generated ones unique and XML-safe. */
class IdAllocator {
  private readonly used = new Set<string>();
  claim(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }
  generate(wanted: string): string {
    const base = wanted.replace(/[^A-Za-z0-9_.-]/g, '_');
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}_${n}`;
    this.used.add(id);
    return id;
  }
}

function schemaIssues(error: z.ZodError, input: unknown): DefinitionIssue[] {
  return error.issues.map((problem) => {
    const [first, index] = problem.path;
    let elementId = 'definition';
    if (first === 'steps' && typeof index === 'number') {
      const given = (input as { steps?: Array<{ id?: unknown }> }).steps?.[index]?.id;
      elementId = typeof given === 'string' && given ? given : `steps[${index}]`;
    }
    const path = problem.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
    return { elementId, reason: path ? `${path}: ${problem.message}` : problem.message };
  });
}
