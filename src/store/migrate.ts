import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((n) => NAME.test(n)).sort();
  const files: MigrationFile[] = [];
  for (const name of names) {
    const version = Number(NAME.exec(name)![1]);
    if (files.some((f) => f.version === version)) throw new Error(`two migrations share number ${version}: rename one`);
    files.push({ version, name, sql: await readFile(dir + name, 'utf8') });
  }
  return files;
}

/** Applies every migration not yet recorded, each in its own transaction. Returns the names applied. */
export async function migrate(db: Db, dir?: string): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now())`);
  const files = await readMigrations(dir);
  const applied: string[] = [];
  for (const file of files) {
    const done = await db.transaction(async (tx) => {
      // Serialise concurrent migrators (several workers starting at once) on Postgres.
      if (tx.kind === 'pg') await tx.query('SELECT pg_advisory_xact_lock(7201001)');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [file.version]);
      if (seen.rowCount > 0) return false;
      await tx.exec(file.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [file.version, file.name]);
      return true;
    });
    if (done) applied.push(file.name);
  }
  return applied;
}
