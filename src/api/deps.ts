import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { StepServices } from '../engine/step-type.js';
import type { StepRegistry } from '../engine/step-registry.js';
import type { Worker } from '../engine/worker.js';
import type { Db } from '../store/db.js';

/** What every route plugin receives. */
export interface AppDeps {
  db: Db;
  registry: StepRegistry;
  services: StepServices;
  worker: Worker;
  config?: Partial<Config>;
  logger?: Logger;
}
