import type { Db } from '../db.js';
import type { WorkflowGraph } from '../../domain/workflow-graph.js';

export async function loadDefinitionGraph(db: Db, definitionId: string): Promise<WorkflowGraph | undefined> {
  const { rows } = await db.query<{ graph: WorkflowGraph }>(`SELECT graph FROM definitions WHERE id = $1`, [definitionId]);
  return rows[0]?.graph;
}
