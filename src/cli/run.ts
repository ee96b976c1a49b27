import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { individualInput } from '../instances/inputs.js';
import { executeWorkflow } from '../instances/execute-workflow.js';
import { loadConfig } from '../config.js';
import { newId } from '../domain/ids.js';
import { createRuntime } from '../runtime.js';
import { getDefinitionByName } from '../store/sql/definitions.js';
import { storeDefinitionFile } from './store-definition-file.js';
import { openStore } from './open-store.js';

const runInput = z.union([
  z.object({ individual: individualInput, input: z.record(z.string(), z.unknown()).optional() }),
  individualInput.transform((individual) => ({ individual, input: undefined })),
]);

const usage = (message: string) => Object.assign(new Error(message), { code: 'USAGE', exitCode: 2 });

export function registerRun(program: Command) {
  program
    .command('run <workflow>')
    .description('Run a workflow (a definition name, or a .json/.bpmn definition file) for the individual in --input and print the workflowResult')
    .requiredOption('--input <file>', 'JSON file: {"individual": {...}, "input": {...}} or the individual alone')
    .option('--tenant <id>', 'tenant whose definition to run (default: the only tenant, or "demo")')
    .option('--version <n>', 'definition version (default: latest)')
    .action(async (workflow: string, opts: { input: string; tenant?: string; version?: string }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(opts.input, 'utf8'));
      } catch (err) {
        throw usage(`--input ${opts.input}: ${(err as Error).message}`);
      }
      const parsed = runInput.safeParse(raw);
      if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw usage(`--input ${opts.input}: ${i.path.join('.') || '(root)'}: ${i.message}`);
      }
      const config = loadConfig();
      const store = await openStore(config, 'run');
      try {
        const tenantId = opts.tenant ?? (await soleTenant(store.db));
        const runtime = await createRuntime(store.db, { config });
        const definition = /\.(json|bpmn|xml)$/i.test(workflow)
          ? await storeDefinitionFile(store.db, runtime.registry, tenantId, workflow)
          : await getDefinitionByName(store.db, tenantId, workflow, opts.version ? Number(opts.version) : undefined);
        if (!definition) throw Object.assign(new Error(`tenant ${tenantId} has no workflow ${workflow}: create it with POST /api/v1/definitions`), { code: 'NOT_FOUND' });
        const outcome = await executeWorkflow(runtime, { tenantId, actor: 'cli', requestId: newId() }, {
          workflow: { definition },
          individual: { draft: parsed.data.individual },
          input: parsed.data.input,
          mode: 'sync',
        });
        if (outcome.mode === 'sync') process.stdout.write(JSON.stringify(outcome.workflowResult, null, 2) + '\n');
      } finally {
        await store.close();
      }
    });
}

async function soleTenant(db: import('../store/db.js').Db): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM tenants ORDER BY created_at LIMIT 2`);
  if (rows.length === 1) return rows[0].id;
  if (rows.some((r) => r.id === 'demo')) return 'demo';
  if (rows.length === 0) throw Object.assign(new Error('no tenant exists: run `idflow serve --demo` once or `idflow tenants create <name>`'), { code: 'NOT_FOUND' });
  throw usage('several tenants exist: pass --tenant <id>');
}
