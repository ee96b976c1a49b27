import { describe, expect, it } from 'vitest';
import { pathBetween, type DiagramElement } from '../web/src/components/bpmn/path-between.js';

/** A diagram registry from "source>target" flows; ids starting with Flow_ are connections. */
function diagram(flows: Array<[string, string, string]>) {
  const nodes = new Map<string, DiagramElement>();
  const node = (id: string) => nodes.get(id) ?? nodes.set(id, { id, type: id.startsWith('Gateway') ? 'bpmn:ExclusiveGateway' : 'bpmn:Task', outgoing: [] }).get(id)!;
  for (const [id, from, to] of flows) {
    const flow: DiagramElement = { id, type: 'bpmn:SequenceFlow', target: node(to) };
    nodes.set(id, flow);
    node(from).outgoing!.push(flow);
  }
  return { get: (id: string) => nodes.get(id) };
}

describe('the playback path between two visited elements', () => {
  const registry = diagram([
    ['Flow_1', 'Task_AML', 'Gateway_Hit'],
    ['Flow_Hit', 'Gateway_Hit', 'Task_Recheck'],
    ['Flow_Clear', 'Gateway_Hit', 'Task_Risk'],
    ['Flow_2', 'Task_Recheck', 'Task_Risk'],
  ]);

  it('goes through the gateway along the branch taken, never the one not taken', () => {
    const visited = new Set(['Task_AML', 'Task_Risk']);
    expect(pathBetween(registry, 'Task_AML', 'Task_Risk', visited)).toEqual(['Flow_1', 'Gateway_Hit', 'Flow_Clear']);
  });

  it('does not pass through another visited task, and finds nothing where no flow leads', () => {
    const visited = new Set(['Task_AML', 'Task_Recheck', 'Task_Risk']);
    expect(pathBetween(registry, 'Task_AML', 'Task_Recheck', visited)).toEqual(['Flow_1', 'Gateway_Hit', 'Flow_Hit']);
    expect(pathBetween(registry, 'Task_Risk', 'Task_AML', visited)).toEqual([]);
    expect(pathBetween(registry, 'Nowhere', 'Task_AML', visited)).toEqual([]);
  });
});
