import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';
import { PgDb } from '../../src/store/pg-adapter.js';
import { PgliteDb } from '../../src/store/pglite-adapter.js';

export interface TestDb {
  db: Db;
  /** Connection string and schema, on Postgres (for child processes). */
  url?: string;
  schema?: string;
  close(): Promise<void>;
}

/**
 * A migrated database of its own for one test file: an in-memory PGlite by default,
 * or a fresh schema on the Postgres server named by TEST_DATABASE_URL.
 */
export async function createTestDb(): Promise<TestDb> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const db = await PgliteDb.open();
    await migrate(db);
    return { db, close: () => db.close() };
  }
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = new PgDb(url, { searchPath: schema, max: 8 });
  await migrate(db);
  return {
    db,
    url,
    schema,
    async close() {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
