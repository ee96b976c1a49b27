import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { Failure } from '../domain/failure.js';
import { exportInstance } from '../export/export-instance.js';
import { exportInstances } from '../export/export-instances.js';
import { instanceFiltersSchema } from '../search/instance-filters.js';
import type { Db } from '../store/db.js';
import { openStore } from './open-store.js';
import { passwordFromFile } from './read-password.js';

const usage = (message: string) => Object.assign(new Error(message), { code: 'USAGE', exitCode: 2 });
const collect = (value: string, previous: string[] = []) => [...previous, value];

interface ExportOptions {
  passwordFile: string;
  output: string;
  tenant?: string;
  instance?: string;
  status?: string[];
  createdFrom?: string;
  createdTo?: string;
  processDefnName?: string;
  processDefnId?: string;
  processTokenId?: string;
  referenceId?: string;
  paramName?: string;
  paramValue?: string;
}

/** The tenant named, or the only one there is. */
async function tenantOf(db: Db, given?: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM tenants ORDER BY created_at LIMIT 2`);
  if (given) {
    const found = await db.query(`SELECT 1 FROM tenants WHERE id = $1`, [given]);
    if (found.rowCount === 0) throw Object.assign(new Error(`tenant ${given} does not exist: see \`idflow tenants list\``), { code: 'NOT_FOUND' });
    return given;
  }
  if (rows.length !== 1) throw usage(rows.length ? 'several tenants exist: name one with --tenant <id>' : 'no tenant exists yet');
  return rows[0]!.id;
}

/** `idflow export`: the back office's encrypted export, for scripts (the same filters as the list). */
export function registerExport(program: Command) {
  program
    .command('export')
    .description('Export instances matching the list filters (at most 10,000) as a CSV in an AES-256 ZIP, or one instance with --instance')
    .requiredOption('--password-file <file>', 'the ZIP password, on the first line of this file (8 to 128 characters)')
    .requiredOption('-o, --output <file>', 'where to write the ZIP')
    .option('--tenant <id>', 'tenant id (default: the only tenant)')
    .option('--instance <id>', "export this one instance's files instead of a CSV of the search")
    .option('--status <statuses>', 'instance status, comma-separated or repeated', collect)
    .option('--created-from <iso>', 'created at or after (ISO 8601 date-time)')
    .option('--created-to <iso>', 'created before (ISO 8601 date-time)')
    .option('--process-defn-name <name>', 'process definition name')
    .option('--process-defn-id <id>', 'process definition id')
    .option('--process-token-id <id>', 'process token id')
    .option('--reference-id <id>', 'one instance id (Reference ID)')
    .option('--param-name <name>', 'a process-token parameter name (exact, case-sensitive; with --param-value)')
    .option('--param-value <value>', 'the parameter value')
    .action(async (opts: ExportOptions) => {
      const password = await passwordFromFile(opts.passwordFile);
      if (password.length < 8 || password.length > 128) throw usage('the password must be 8 to 128 characters');
      const parsed = instanceFiltersSchema.safeParse({
        status: opts.status,
        createdFrom: opts.createdFrom,
        createdTo: opts.createdTo,
        processDefnName: opts.processDefnName,
        processDefnId: opts.processDefnId,
        processTokenId: opts.processTokenId,
        referenceId: opts.referenceId,
        paramName: opts.paramName,
        paramValue: opts.paramValue,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw usage(`--${String(issue?.path[0] ?? 'filter').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue?.message ?? 'invalid'}`);
      }
      const store = await openStore(loadConfig(), 'export');
      try {
        const tenantId = await tenantOf(store.db, opts.tenant);
        const by = { actor: `cli:${userInfo().username}` };
        const out = opts.instance
          ? await exportInstance(store.db, tenantId, opts.instance, password, by)
          : await exportInstances(store.db, tenantId, parsed.data, password, by);
        await writeFile(opts.output, out.zip);
        process.stderr.write(`${'count' in out ? `${out.count} instances` : `${out.files.length} files`} written to ${opts.output} (AES-256 ZIP)\n`);
      } catch (err) {
        if (err instanceof Failure) throw Object.assign(new Error(err.message), { code: err.code, exitCode: err.kind === 'INVALID' ? 2 : 1 });
        throw err;
      } finally {
        await store.close();
      }
    });
}
