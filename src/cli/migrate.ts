import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { openStore } from './open-store.js';
import { migrate } from '../store/migrate.js';

export function registerMigrate(program: Command) {
  program
    .command('migrate')
    .description('Apply pending database migrations (start-up does this too)')
    .action(async () => {
      const store = await openStore(loadConfig(), 'migrate', undefined, { migrate: false });
      try {
        const applied = await migrate(store.db);
        const { rows } = await store.db.query<{ name: string }>(`SELECT name FROM schema_migrations ORDER BY version`);
        process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'nothing to apply\n');
        process.stdout.write(`schema up to date: ${rows.map((r) => r.name).join(', ')}\n`);
      } finally {
        await store.close();
      }
    });
}
