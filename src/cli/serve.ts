import type { Command } from 'commander';
import pino from 'pino';
import { buildApp } from '../api/app.js';
import { loadConfig } from '../config.js';
import { seedDemo, seedDemoInstances } from '../demo/seed.js';
import { createRuntime } from '../runtime.js';
import { startDeliveryLoop } from '../webhooks/deliveries.js';
import { openStore } from './open-store.js';
import { stopOnSignal } from './stop-on-signal.js';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('Start the HTTP API with an embedded worker (PGlite in IDFLOW_DATA_DIR, or DATABASE_URL)')
    .option('--port <port>', 'port to listen on (PORT)')
    .option('--host <host>', 'interface to bind (IDFLOW_HOST)')
    .option('--demo', 'on an empty database, create the demo tenant, its admin key and demo definitions')
    .option('--no-worker', 'serve the API only; run `idflow worker` processes separately (Postgres)')
    .action(async (opts: { port?: string; host?: string; demo?: boolean; worker: boolean }) => {
      const config = loadConfig({ port: opts.port, host: opts.host });
      const logger = pino({ level: config.logLevel });
      const store = await openStore(config, 'serve', config.port);
      const runtime = await createRuntime(store.db, { config, logger });
      if (opts.demo) {
        const seeded = await seedDemo(store.db, runtime.registry, { apiKey: config.apiKey, adminPassword: config.adminPassword });
        if (seeded.created) {
          await seedDemoInstances(runtime);
          const shown = config.apiKey ? '(the value of IDFLOW_API_KEY)' : seeded.apiKey;
          const password = seeded.adminPassword ?? '(the value of IDFLOW_ADMIN_PASSWORD)';
          process.stdout.write(
            `\nDemo tenant created. Admin API key ${shown}\nBack office: sign in as admin with password ${password}\nThey are shown only this once: keep them.\n\n`,
          );
        } else if (seeded.adminPassword) {
          process.stdout.write(`\nBack-office user admin created in the demo tenant, password ${seeded.adminPassword}\nIt is shown only this once: keep it.\n\n`);
        }
      }
      const app = await buildApp({ ...runtime, config, logger });
      const deliveries = startDeliveryLoop(store.db, { logger });
      if (opts.worker) runtime.worker.start();
      await app.listen({ port: config.port, host: config.host });
      process.stdout.write(
        `idflow listening on http://localhost:${config.port} (${store.db.kind === 'pg' ? 'Postgres' : `embedded database in ${config.dataDir}`})\n` +
          `API: http://localhost:${config.port}/api/v1  OpenAPI: http://localhost:${config.port}/api/v1/openapi.json\n`,
      );
      stopOnSignal(async () => {
        await app.close();
        await runtime.worker.stop();
        await deliveries.stop();
        await store.close();
      });
    });
}
