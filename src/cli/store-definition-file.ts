import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { StepRegistry } from '../engine/step-registry.js';
import { newId } from '../domain/ids.js';
import type { Db } from '../store/db.js';
import { getDefinitionByName, insertDefinition, type DefinitionRow } from '../store/sql/definitions.js';
import { compileDefinition } from '../workflows/compile-definition.js';

const usage = (message: string) => Object.assign(new Error(message), { code: 'USAGE', exitCode: 2 });

/**
 * Compiles a definition file (JSON shorthand or BPMN XML) and stores it for the tenant: as a new
 * version when its content differs from the latest version of the same name, else the latest itself.
 */
export async function storeDefinitionFile(db: Db, registry: StepRegistry, tenantId: string, file: string): Promise<DefinitionRow> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw usage(`${file}: ${(err as Error).message}`);
  }
  const isJson = /\.json$/i.test(file);
  let definition: unknown;
  if (isJson) {
    try {
      definition = JSON.parse(text);
    } catch (err) {
      throw usage(`${file}: not valid JSON (${(err as Error).message})`);
    }
  }
  const compiled = await compileDefinition(isJson ? { format: 'json', definition } : { format: 'bpmn', xml: text }, registry);
  const name = compiled.name ?? basename(file).replace(/\.[^.]+$/, '');
  const latest = await getDefinitionByName(db, tenantId, name);
  if (latest && latest.bpmn_xml === compiled.bpmnXml) return latest;
  return insertDefinition(db, {
    id: newId(),
    tenantId,
    name,
    version: (latest?.version ?? 0) + 1,
    type: compiled.type ?? 'KYC',
    format: isJson ? 'json' : 'bpmn',
    source: isJson ? definition : null,
    bpmnXml: compiled.bpmnXml,
    graph: compiled.graph,
  });
}
