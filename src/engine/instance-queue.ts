import type { Db } from '../store/db.js';
import { claimInstance, claimInstances, releaseInstance, renewLease } from '../store/sql/claim-instances.js';
import { commitSteps } from '../store/sql/commit-steps.js';
import { expireInstances } from '../store/sql/expire-instances.js';
import { loadDefinitionGraph } from '../store/sql/load-definition-graph.js';
import { loadEntity } from '../store/sql/load-entity.js';
import { loadStepResults } from '../store/sql/load-step-results.js';
import type { InstanceQueue } from './run-instance.js';

/** The channel on which a process tells the workers of every process that an instance is ready. */
export const INSTANCES_CHANNEL = 'idflow_instances';

/** The queue of instances as Postgres (or PGlite) tables: what a worker is handed in production. */
export function sqlInstanceQueue(db: Db): InstanceQueue {
  return {
    claim: (workerId, limit, leaseMs) => claimInstances(db, workerId, limit, leaseMs),
    claimOne: (instanceId, workerId, leaseMs) => claimInstance(db, instanceId, workerId, leaseMs),
    commit: (args) => commitSteps(db, args),
    release: (instanceId, workerId) => releaseInstance(db, instanceId, workerId, {}),
    renewLease: (instanceId, workerId, leaseMs) => renewLease(db, instanceId, workerId, leaseMs),
    expire: () => expireInstances(db),
    loadStepResults: (instanceId) => loadStepResults(db, instanceId),
    loadEntity: (tenantId, entityId) => loadEntity(db, tenantId, entityId),
    loadGraph: (definitionId) => loadDefinitionGraph(db, definitionId),
    announce: () => db.notify(INSTANCES_CHANNEL),
    onAnnounce: (onReady) => db.listen(INSTANCES_CHANNEL, () => onReady()),
  };
}
