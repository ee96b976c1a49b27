import type { DefinitionIssue } from './definition-error.js';
import type { WorkflowGraph } from '../domain/workflow-graph.js';

/**
 * Whole-graph checks on a graph whose flows all resolve: every element is reachable from the start,
 * an end event is reachable from every element, and there are no loops (the engine records each
 * element at most once).
 */
export function checkGraphShape(graph: WorkflowGraph): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const successors = (id: string) => graph.nodes[id].outgoing.map((flowId) => graph.flows[flowId].target);

  const reachable = closure([graph.startId], successors);
  const predecessors = new Map<string, string[]>();
  for (const flow of Object.values(graph.flows)) {
    predecessors.set(flow.target, [...(predecessors.get(flow.target) ?? []), flow.source]);
  }
  const ends = Object.values(graph.nodes).filter((node) => node.kind === 'end').map((node) => node.id);
  const reachesEnd = closure(ends, (id) => predecessors.get(id) ?? []);

  for (const node of Object.values(graph.nodes)) {
    if (!reachable.has(node.id)) {
      issues.push({ elementId: node.id, reason: `cannot be reached from the start event '${graph.startId}': connect it or remove it` });
    } else if (!reachesEnd.has(node.id)) {
      issues.push({ elementId: node.id, reason: 'no end event can be reached from here: connect it to the rest of the process' });
    }
  }
  issues.push(...findLoops(graph));
  return issues;
}

function closure(roots: string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    for (const id of next(queue.pop() as string)) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return seen;
}

/** Depth-first search from the start; a flow back to an element on the current path closes a loop. */
function findLoops(graph: WorkflowGraph): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const done = new Set<string>();
  const path: string[] = [graph.startId];
  const onPath = new Set(path);
  const nextIndex: number[] = [0];
  while (path.length > 0) {
    const id = path[path.length - 1];
    const outgoing = graph.nodes[id].outgoing;
    const index = nextIndex[nextIndex.length - 1];
    if (index >= outgoing.length) {
      path.pop();
      nextIndex.pop();
      onPath.delete(id);
      done.add(id);
      continue;
    }
    nextIndex[nextIndex.length - 1] = index + 1;
    const flow = graph.flows[outgoing[index]];
    if (onPath.has(flow.target)) {
      const loop = [...path.slice(path.indexOf(flow.target)), flow.target].join(' → ');
      issues.push({
        elementId: flow.id,
        reason: `closes a loop (${loop}): the engine runs each element at most once, so remove this flow`,
      });
    } else if (!done.has(flow.target)) {
      path.push(flow.target);
      onPath.add(flow.target);
      nextIndex.push(0);
    }
  }
  return issues;
}
