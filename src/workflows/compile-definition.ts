import { addDiagram } from './bpmn/add-diagram.js';
import { readBpmn } from './bpmn/read-bpmn.js';
import { writeBpmn } from './bpmn/write-bpmn.js';
import { DefinitionError, type DefinitionIssue } from './definition-error.js';
import type { WorkflowGraph } from '../domain/workflow-graph.js';
import { compileShorthand } from './json/compile-shorthand.js';
import { validateDefinition, type StepCatalog } from './validate-definition.js';

export type DefinitionInput = { format: 'bpmn'; xml: string } | { format: 'json'; definition: unknown };

export interface CompiledDefinition {
  graph: WorkflowGraph;
  /** The BPMN 2.0 XML to store and draw: the input itself when it can be drawn, else with a layout added. */
  bpmnXml: string;
  name?: string;
  type?: string;
}

/**
 * Compiles a workflow definition (BPMN 2.0 XML or the JSON shorthand) to the graph the engine walks.
 * Throws DefinitionError listing every problem, each tied to an element id.
 */
export async function compileDefinition(input: DefinitionInput, catalog: StepCatalog): Promise<CompiledDefinition> {
  if (input?.format === 'bpmn') {
    const read = await readBpmn(input.xml);
    if (!read.graph) throw new DefinitionError(read.issues);
    const issues = [...read.issues, ...validateDefinition(read.graph, catalog, { unsupportedIds: read.unsupportedIds })];
    if (issues.length > 0) throw new DefinitionError(issues);
    const bpmnXml = read.hasDiagram ? input.xml : await addDiagram(input.xml);
    return { graph: read.graph, bpmnXml, ...pick(read) };
  }
  if (input?.format === 'json') {
    const userTaskTypes = new Set(stepTypesOf(input.definition).filter((type) => catalog.get(type)?.kind === 'user'));
    const compiled = compileShorthand(input.definition, { userTaskTypes });
    if (!compiled.graph) throw new DefinitionError(compiled.issues);
    const found = [...compiled.issues, ...validateDefinition(compiled.graph, catalog)];
    // Problems with a step's generated gateway or flows are the step's problems.
    const issues = dedupe(found.map((issue) => ({ ...issue, elementId: compiled.ownerOf[issue.elementId] ?? issue.elementId })));
    if (issues.length > 0) throw new DefinitionError(issues);
    return { graph: compiled.graph, bpmnXml: await writeBpmn(compiled.graph, { type: compiled.type }), ...pick(compiled) };
  }
  throw new DefinitionError([{ elementId: 'definition', reason: "format must be 'bpmn' (with xml) or 'json' (with definition)" }]);
}

function pick(source: { name?: string; type?: string }): { name?: string; type?: string } {
  return { ...(source.name ? { name: source.name } : {}), ...(source.type ? { type: source.type } : {}) };
}

function stepTypesOf(definition: unknown): string[] {
  const steps = (definition as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return [];
  return steps.map((step) => (step as { type?: unknown } | null)?.type).filter((type): type is string => typeof type === 'string');
}

function dedupe(issues: DefinitionIssue[]): DefinitionIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.elementId}\u0000${issue.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
