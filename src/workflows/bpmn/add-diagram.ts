import { layoutProcess } from 'bpmn-auto-layout';
import type { ModdleElement } from 'bpmn-moddle';
import { createModdle } from './idflow-moddle.js';

/**
 * Adds diagram information to BPMN that has none, keeping everything else in it. The layout follows
 * each element's incoming/outgoing references, which BPMN written by hand often leaves out, so they
 * are filled in from the sequence flows first.
 */
export async function addDiagram(xml: string): Promise<string> {
  const moddle = createModdle();
  const { rootElement } = await moddle.fromXML(xml);
  for (const process of rootElement.rootElements ?? []) {
    if (process.$type !== 'bpmn:Process') continue;
    for (const flow of (process.flowElements ?? []) as ModdleElement[]) {
      if (flow.$type !== 'bpmn:SequenceFlow' || !flow.sourceRef || !flow.targetRef) continue;
      addOnce(flow.sourceRef.get('outgoing'), flow);
      addOnce(flow.targetRef.get('incoming'), flow);
    }
  }
  const { xml: complete } = await moddle.toXML(rootElement, { format: true });
  return layoutProcess(complete);
}

function addOnce(list: ModdleElement[], flow: ModdleElement): void {
  if (!list.includes(flow)) list.push(flow);
}
