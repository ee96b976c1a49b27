import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { ServiceMap } from '../engine/services.js';
import type { StepRegistry } from '../engine/step-registry.js';
import type { Worker } from '../engine/worker.js';
import type { Db } from '../store/db.js';

/** What every route plugin receives. */
export interface AppDeps {
  db: Db;
  registry: StepRegistry;
  services: ServiceMap;
  worker: Worker;
  config?: Partial<Config>;
  logger?: Logger;
}
