import type { Db } from '../db.js';
import type { WorkflowGraph } from '../../domain/workflow-graph.js';

export interface DefinitionRow {
  id: string;
  tenant_id: string;
  name: string;
  version: number;
  type: string;
  source_format: 'bpmn' | 'json';
  source: unknown;
  bpmn_xml: string;
  graph: WorkflowGraph;
  used: boolean;
  created_at: Date;
  updated_at: Date;
}

export async function insertDefinition(
  db: Db,
  d: { id: string; tenantId: string; name: string; version: number; type: string; format: 'bpmn' | 'json'; source: unknown; bpmnXml: string; graph: WorkflowGraph },
): Promise<DefinitionRow> {
  const { rows } = await db.query<DefinitionRow>(
    `INSERT INTO definitions (id, tenant_id, name, version, type, source_format, source, bpmn_xml, graph)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::jsonb) RETURNING *`,
    [d.id, d.tenantId, d.name, d.version, d.type, d.format, JSON.stringify(d.source ?? null), d.bpmnXml, JSON.stringify(d.graph)],
  );
  return rows[0];
}

export async function getDefinition(db: Db, tenantId: string, id: string): Promise<DefinitionRow | undefined> {
  const { rows } = await db.query<DefinitionRow>(`SELECT * FROM definitions WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
  return rows[0];
}

/** The latest version of a definition by name (or a given version). */
export async function getDefinitionByName(db: Db, tenantId: string, name: string, version?: number): Promise<DefinitionRow | undefined> {
  const { rows } = await db.query<DefinitionRow>(
    version === undefined
      ? `SELECT * FROM definitions WHERE tenant_id = $1 AND name = $2 ORDER BY version DESC LIMIT 1`
      : `SELECT * FROM definitions WHERE tenant_id = $1 AND name = $2 AND version = $3`,
    version === undefined ? [tenantId, name] : [tenantId, name, version],
  );
  return rows[0];
}

export async function listDefinitions(db: Db, tenantId: string, allVersions: boolean): Promise<DefinitionRow[]> {
  const { rows } = await db.query<DefinitionRow>(
    allVersions
      ? `SELECT * FROM definitions WHERE tenant_id = $1 ORDER BY name, version`
      : `SELECT DISTINCT ON (name) * FROM definitions WHERE tenant_id = $1 ORDER BY name, version DESC`,
    [tenantId],
  );
  return rows;
}

/** A version an instance has used becomes immutable. */
export async function markDefinitionUsed(db: Db, id: string): Promise<void> {
  await db.query(`UPDATE definitions SET used = true WHERE id = $1 AND NOT used`, [id]);
}
