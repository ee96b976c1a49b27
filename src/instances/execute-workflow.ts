import { applicantOf, displayNameOf, individualOf, IdflowError, notFound, type Individual, type IndividualDraft } from '../domain/index.js';
import { newId } from '../domain/ids.js';
import { getDefinitionByName, type DefinitionRow } from '../store/sql/definitions.js';
import { upsertEntity } from '../store/sql/entities.js';
import { loadEntity } from '../store/sql/load-entity.js';
import { loadInstance } from '../store/sql/load-instance.js';
import type { Caller, InstanceDeps } from './caller.js';
import { loadWorkflowResult } from './instance-view.js';
import { insertExecution, runExecution, type ExecutionMode } from './start-execution.js';

export interface ExecuteWorkflow {
  /** A stored definition by name (latest version unless given), or a definition row the caller already has. */
  workflow: { name: string; version?: number } | { definition: DefinitionRow };
  /** An existing individual, or a new one to create with the instance. */
  individual: { entityId: string } | { draft: IndividualDraft };
  input?: Record<string, unknown>;
  extId?: string;
  mode: Exclude<ExecutionMode, 'queued-silent'>;
}

export type ExecutionOutcome =
  | { mode: 'sync'; individual: Individual; requestId: string; instanceId: string; workflowResult: Awaited<ReturnType<typeof loadWorkflowResult>> }
  | { mode: 'async'; individual: Individual; requestId: string; instanceId: string };

/**
 * Executes a workflow for an individual (FrankieOne's execute). The individual, when new, and the instance
 * are written in one transaction, so a refused execution leaves nothing behind. Synchronous executions run
 * here and answer with the workflowResult; asynchronous ones are queued and reported by webhook.
 */
export async function executeWorkflow(deps: InstanceDeps, caller: Caller, e: ExecuteWorkflow): Promise<ExecutionOutcome> {
  const existing = 'entityId' in e.individual ? await loadEntity(deps.db, caller.tenantId, e.individual.entityId) : undefined;
  if ('entityId' in e.individual && !existing) throw notFound('individual', e.individual.entityId);
  const individual = existing ?? newIndividual('draft' in e.individual ? e.individual.draft : undefined);
  const definition = 'definition' in e.workflow ? e.workflow.definition : await findWorkflow(deps, caller.tenantId, e.workflow.name, e.workflow.version);
  const row = await deps.db.transaction(async (tx) => {
    if (!existing) await upsertEntity(tx, caller.tenantId, individual);
    return insertExecution(tx, deps.worker, {
      tenantId: caller.tenantId,
      definition,
      entity: individual,
      applicant: applicantOf(individual, { extId: e.extId }),
      input: e.input ?? {},
      requestId: caller.requestId,
      mode: e.mode,
    });
  });
  await runExecution(deps, row, e.mode, individual);
  const base = { individual, requestId: caller.requestId, instanceId: row.id };
  if (e.mode === 'async') return { mode: 'async', ...base };
  const done = await loadInstance(deps.db, caller.tenantId, row.id);
  if (!done) throw notFound('process instance', row.id);
  return { mode: 'sync', ...base, workflowResult: await loadWorkflowResult(deps.db, done) };
}

async function findWorkflow(deps: InstanceDeps, tenantId: string, name: string, version: number | undefined): Promise<DefinitionRow> {
  const definition = await getDefinitionByName(deps.db, tenantId, name, version);
  if (!definition) throw notFound('workflow', name + (version ? ` version ${version}` : ''));
  return definition;
}

function newIndividual(draft: IndividualDraft | undefined): Individual {
  if (!draft || !displayNameOf(draft.name)) {
    throw new IdflowError('invalid', 'VALIDATION_FAILED', 'body.name: give at least givenName/familyName or displayName');
  }
  return individualOf(newId(), draft);
}
