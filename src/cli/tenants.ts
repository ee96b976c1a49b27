import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { ROLES, type Role } from '../domain/index.js';
import { createApiKey, createTenant } from '../store/sql/api-keys.js';
import { openStore } from './open-store.js';

export function registerTenants(program: Command) {
  const tenants = program.command('tenants').description('Manage tenants');
  tenants
    .command('create <name>')
    .description('Create a tenant and its first admin API key (printed once)')
    .option('--id <id>', 'tenant id (default: generated)')
    .option('--json', 'print JSON')
    .action(async (name: string, opts: { id?: string; json?: boolean }) => {
      const store = await openStore(loadConfig(), 'tenants');
      try {
        const tenant = await createTenant(store.db, name, opts.id);
        const { key } = await createApiKey(store.db, tenant.id, 'admin', 'admin');
        process.stdout.write(opts.json ? JSON.stringify({ tenant, apiKey: key }) + '\n' : `tenant ${tenant.id} (${name})\nadmin API key: ${key}\n`);
      } finally {
        await store.close();
      }
    });
  tenants
    .command('list')
    .description('List tenants')
    .action(async () => {
      const store = await openStore(loadConfig(), 'tenants');
      try {
        const { rows } = await store.db.query<{ id: string; name: string }>(`SELECT id, name FROM tenants ORDER BY created_at`);
        for (const r of rows) process.stdout.write(`${r.id}\t${r.name}\n`);
      } finally {
        await store.close();
      }
    });

  program
    .command('apikeys')
    .description('Manage API keys')
    .command('create')
    .description('Create an API key for a tenant (printed once; only its hash is stored)')
    .requiredOption('--tenant <id>', 'tenant id')
    .option('--name <name>', 'a label for the key', 'cli')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'admin')
    .option('--json', 'print JSON')
    .action(async (opts: { tenant: string; name: string; role: string; json?: boolean }) => {
      if (!(ROLES as readonly string[]).includes(opts.role)) {
        throw Object.assign(new Error(`--role must be one of ${ROLES.join(', ')}`), { code: 'USAGE', exitCode: 2 });
      }
      const store = await openStore(loadConfig(), 'apikeys');
      try {
        const t = await store.db.query(`SELECT 1 FROM tenants WHERE id = $1`, [opts.tenant]);
        if (t.rowCount === 0) throw Object.assign(new Error(`tenant ${opts.tenant} does not exist: see \`idflow tenants list\``), { code: 'NOT_FOUND' });
        const { id, key } = await createApiKey(store.db, opts.tenant, opts.name, opts.role as Role);
        process.stdout.write(opts.json ? JSON.stringify({ id, apiKey: key, role: opts.role }) + '\n' : `API key (${opts.role}): ${key}\n`);
      } finally {
        await store.close();
      }
    });
}
