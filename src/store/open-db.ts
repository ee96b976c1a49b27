import type { Db } from './db.js';
import { PgDb } from './pg-adapter.js';
import { PgliteDb } from './pglite-adapter.js';

export interface DbConfig {
  /** postgres://… selects Postgres; otherwise the embedded database in dataDir. */
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
}

export async function openDb(config: DbConfig): Promise<Db> {
  if (config.databaseUrl) return new PgDb(config.databaseUrl, { max: config.poolSize });
  return PgliteDb.open(config.dataDir);
}
