import type { Individual } from '../domain/index.js';
import type { Db } from '../store/db.js';
import { markDefinitionUsed, type DefinitionRow } from '../store/sql/definitions.js';
import { insertInstance } from '../store/sql/insert-instance.js';
import type { InstanceRow } from '../store/sql/instance-row.js';
import { newId } from './ids.js';
import type { ApplicantFields } from './step-type.js';
import type { Worker } from './worker.js';

export interface StartExecution {
  tenantId: string;
  definition: DefinitionRow;
  entity: Individual;
  applicant: ApplicantFields;
  input: Record<string, unknown>;
  requestId: string;
  processTokenId?: string;
  processTokenCounter?: number;
  expiringDtm?: string;
  /** 'sync' runs the instance in this process before returning; 'async' queues it for the workers. */
  mode: 'sync' | 'async' | 'queued-silent';
}

/** Creates a process instance for an entity and runs it (inline) or queues it (for any worker). */
export async function startExecution(db: Db, worker: Worker, s: StartExecution): Promise<InstanceRow> {
  if (!s.definition.used) await markDefinitionUsed(db, s.definition.id);
  const inline = s.mode === 'sync';
  const row = await insertInstance(db, {
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
    leaseOwner: inline ? worker.workerId : undefined,
    notifyWebhooks: s.mode === 'async',
  });
  if (inline) await worker.runLeased(row);
  else worker.notify();
  return row;
}

export function applicantOf(entity: Individual, extra: ApplicantFields = {}): ApplicantFields {
  return {
    firstName: entity.name.givenName ?? extra.firstName,
    lastName: entity.name.familyName ?? extra.lastName,
    dateOfBirth: entity.dateOfBirth ?? extra.dateOfBirth,
    email: entity.email ?? extra.email,
    phoneNumber: entity.phoneNumber ?? extra.phoneNumber,
    nationality: entity.nationality ?? extra.nationality,
    docNum: entity.documents?.[0]?.number ?? extra.docNum,
    extId: extra.extId,
  };
}
