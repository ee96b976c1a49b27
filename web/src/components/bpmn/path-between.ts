/** The part of a bpmn-js element the playback reads. */
export interface DiagramElement {
  id: string;
  type: string;
  outgoing?: DiagramElement[];
  target?: DiagramElement;
}

/**
 * The connections and gateways between two consecutive visited elements: a breadth-first walk along
 * outgoing flows that passes only through elements the timeline does not list (gateways), so a branch
 * not taken is never on the path.
 */
export function pathBetween(registry: { get(id: string): DiagramElement | undefined }, fromId: string, toId: string, inTimeline: Set<string>): string[] {
  const start = registry.get(fromId);
  if (!start) return [];
  const queue: Array<{ node: DiagramElement; path: string[] }> = [{ node: start, path: [] }];
  const seen = new Set<string>([fromId]);
  while (queue.length) {
    const { node, path } = queue.shift()!;
    for (const flow of node.outgoing ?? []) {
      const target = flow.target;
      if (!target || seen.has(target.id)) continue;
      const next = [...path, flow.id];
      if (target.id === toId) return next;
      seen.add(target.id);
      if (!inTimeline.has(target.id)) queue.push({ node: target, path: [...next, target.id] });
    }
  }
  return [];
}
