import type { Logger } from 'pino';
import type { Config } from './config.js';
import { ScreeningService } from './screening/service.js';
import type { StepServices } from './engine/step-type.js';
import type { StepRegistry } from './engine/step-registry.js';
import { Worker } from './engine/worker.js';
import { instanceHeader } from './instances/instance-record.js';
import { defaultStepRegistry } from './steps/index.js';
import type { Db } from './store/db.js';
import { enqueueDeliveries } from './webhooks/deliveries.js';
import { loadWorkflowResult } from './instances/instance-view.js';
import { loadInstance } from './store/sql/load-instance.js';

export interface Runtime {
  db: Db;
  registry: StepRegistry;
  services: StepServices;
  worker: Worker;
}

/**
 * The parts every process (server, worker, CLI run) composes: the step registry, the services steps
 * use, and a worker whose completed instances enqueue their webhooks in the same transaction.
 */
export async function createRuntime(db: Db, options: { config?: Partial<Config>; logger?: Logger; workerId?: string; pollMs?: number } = {}): Promise<Runtime> {
  const registry = defaultStepRegistry();
  const services: StepServices = { screening: new ScreeningService(db) };
  const worker = new Worker({
    db,
    registry,
    services,
    leaseMs: options.config?.leaseSeconds === undefined ? undefined : options.config.leaseSeconds * 1000,
    concurrency: options.config?.workerConcurrency,
    pollMs: options.pollMs,
    logger: options.logger,
    workerId: options.workerId,
    onCompleted: async (tx, row) => {
      if (!row.notify_webhooks) return;
      const done = await loadInstance(tx, row.tenant_id, row.id);
      if (!done) return;
      await enqueueDeliveries(tx, row.tenant_id, 'workflow.completed', row.id, {
        instance: instanceHeader(done),
        requestId: done.request_id,
        workflowResult: await loadWorkflowResult(tx, done),
      });
    },
  });
  return { db, registry, services, worker };
}
