import type { Command } from 'commander';
import pino from 'pino';
import { loadConfig } from '../config.js';
import { createRuntime } from '../runtime.js';
import { WORKER_DEFAULTS } from '../engine/worker.js';
import { startDeliveryLoop } from '../webhooks/deliveries.js';
import { openStore } from './open-store.js';
import { stopOnSignal } from './stop-on-signal.js';

export function registerWorker(program: Command) {
  program
    .command('worker')
    .description('Run queued process instances (any number of workers can share one Postgres)')
    .option('--concurrency <n>', 'instances run at once (IDFLOW_WORKER_CONCURRENCY)')
    .option('--lease-seconds <n>', 'lease length; another worker takes over after it expires (IDFLOW_LEASE_SECONDS)')
    .option('--poll-ms <n>', 'how often an idle worker looks for retries and expired leases (new instances wake it at once)', String(WORKER_DEFAULTS.pollMs))
    .action(async (opts: { concurrency?: string; leaseSeconds?: string; pollMs: string }) => {
      const pollMs = Number(opts.pollMs);
      if (!Number.isInteger(pollMs) || pollMs < 10) throw Object.assign(new Error(`--poll-ms ${opts.pollMs}: give a whole number of milliseconds, at least 10`), { code: 'USAGE', exitCode: 2 });
      const config = loadConfig({ workerConcurrency: opts.concurrency, leaseSeconds: opts.leaseSeconds });
      const logger = pino({ level: config.logLevel });
      const store = await openStore(config, 'worker');
      const runtime = await createRuntime(store.db, { config, logger, pollMs });
      const deliveries = startDeliveryLoop(store.db, { logger });
      runtime.worker.start();
      logger.info({ workerId: runtime.worker.workerId }, 'worker started');
      stopOnSignal(async () => {
        await runtime.worker.stop();
        await deliveries.stop();
        await store.close();
      });
    });
}
