import type { Worker } from '../engine/worker.js';
import type { Db } from '../store/db.js';

/** Who asks: the tenant, the actor the audit log records, and the request id that ties log lines together. */
export interface Caller {
  tenantId: string;
  actor: string;
  requestId: string;
}

/** What the use cases need from the process they run in. */
export interface InstanceDeps {
  db: Db;
  /** The process's worker: runs synchronous executions inline and is woken when work is queued. */
  worker: Pick<Worker, 'workerId' | 'leaseMs' | 'notify' | 'runLeased'>;
}
