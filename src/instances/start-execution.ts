import type { ApplicantFields, Individual } from '../domain/index.js';
import { newId } from '../domain/ids.js';
import type { RunOutcome } from '../engine/run-instance.js';
import type { Db } from '../store/db.js';
import { markDefinitionUsed, type DefinitionRow } from '../store/sql/definitions.js';
import { insertInstance } from '../store/sql/insert-instance.js';
import type { InstanceRow } from '../store/sql/instance-row.js';
import type { InstanceDeps } from './caller.js';

export type ExecutionMode = 'sync' | 'async' | 'queued-silent';

export interface NewExecution {
  tenantId: string;
  definition: DefinitionRow;
  entity: Individual;
  applicant: ApplicantFields;
  input: Record<string, unknown>;
  requestId: string;
  processTokenId?: string;
  processTokenCounter?: number;
  expiringDtm?: string;
  /** 'sync' runs the instance in this process before returning; 'async' queues it and reports by webhook; 'queued-silent' queues it without webhooks. */
  mode: ExecutionMode;
}

/**
 * Inserts a process instance (in the caller's transaction when `db` is one). A synchronous one is created
 * already leased to this process's worker, so no other worker takes it before `runExecution`.
 */
export async function insertExecution(db: Db, worker: { workerId: string; leaseMs: number }, s: NewExecution): Promise<InstanceRow> {
  if (!s.definition.used) await markDefinitionUsed(db, s.definition.id);
  return insertInstance(db, {
    id: newId(),
    tenantId: s.tenantId,
    definition: { id: s.definition.id, name: s.definition.name, version: s.definition.version, type: s.definition.type },
    entityId: s.entity.entityId,
    processTokenId: s.processTokenId,
    processTokenCounter: s.processTokenCounter,
    applicant: s.applicant,
    input: s.input,
    requestId: s.requestId,
    expiringDtm: s.expiringDtm,
    queued: true,
    leaseOwner: s.mode === 'sync' ? worker.workerId : undefined,
    leaseMs: s.mode === 'sync' ? worker.leaseMs : undefined,
    notifyWebhooks: s.mode === 'async',
  });
}

/** After the insert has committed: runs a synchronous instance inline, or wakes the worker for a queued one. */
export async function runExecution(deps: InstanceDeps, row: InstanceRow, mode: ExecutionMode, entity?: Individual): Promise<RunOutcome | 'queued'> {
  if (mode === 'sync') return deps.worker.runLeased(row, { entity });
  deps.worker.notify();
  return 'queued';
}
