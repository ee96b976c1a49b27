import { resolve } from 'node:path';
import type { Config } from '../config.js';
import type { Db } from '../store/db.js';
import { lockDataDir } from '../store/data-dir-lock.js';
import { migrate } from '../store/migrate.js';
import { openDb } from '../store/open-db.js';

export interface Store {
  db: Db;
  close(): Promise<void>;
}

/** Opens the configured database for a CLI command (taking the embedded data directory's lock) and migrates it. */
export async function openStore(config: Config, command: string, port?: number, options: { migrate?: boolean } = {}): Promise<Store> {
  let release = () => {};
  if (!config.databaseUrl) release = lockDataDir(resolve(config.dataDir), { command, port });
  try {
    const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : resolve(config.dataDir) });
    if (options.migrate !== false) await migrate(db);
    return {
      db,
      async close() {
        await db.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
