/**
 * Databases for the engine benchmark: a scratch Postgres database (dropped at the end) holding one schema
 * per measurement, in-memory PGlite, and a Db wrapper that counts round trips.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db, QueryResult } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { PgDb } from '../src/store/pg-adapter.js';

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

/** Runs one statement on a fresh connection (CREATE/DROP DATABASE cannot run in a pool's transaction). */
export async function adminQuery(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The Postgres server's version, or undefined when none answers at ADMIN_URL. */
export async function postgresVersion(): Promise<string | undefined> {
  try {
    const r = await adminQuery(ADMIN_URL, 'SHOW server_version');
    return r.rows[0].server_version as string;
  } catch {
    return undefined;
  }
}

export interface ScratchDatabase {
  name: string;
  url: string;
  /** A migrated schema of its own, with the URL a child process connects with. */
  schema(label: string, poolSize?: number): Promise<{ db: PgDb; schema: string; url: string }>;
  drop(): Promise<void>;
}

export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const name = `idflow_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(ADMIN_URL, `CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const base = url.toString();
  return {
    name,
    url: base,
    async schema(label, poolSize = 10) {
      const schema = `${label}_${randomBytes(3).toString('hex')}`;
      await adminQuery(base, `CREATE SCHEMA ${schema}`);
      const db = new PgDb(base, { searchPath: schema, max: poolSize });
      await migrate(db);
      const child = new URL(base);
      child.searchParams.set('options', `-c search_path=${schema}`);
      return { db, schema, url: child.toString() };
    },
    async drop() {
      await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Counts statements and transactions passed to a Db (a transaction adds BEGIN and COMMIT round trips). */
export class CountingDb implements Db {
  readonly kind: Db['kind'];
  statements = 0;
  transactions = 0;

  constructor(private readonly inner: Db) {
    this.kind = inner.kind;
  }

  get roundTrips(): number {
    return this.statements + 2 * this.transactions;
  }

  query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
    this.statements += 1;
    return this.inner.query<T>(sql, params);
  }

  exec(sql: string): Promise<void> {
    this.statements += 1;
    return this.inner.exec(sql);
  }

  listen(channel: string, onNotify: (payload: string) => void) {
    return this.inner.listen(channel, onNotify);
  }

  notify(channel: string, payload?: string): Promise<void> {
    this.statements += 1;
    return this.inner.notify(channel, payload);
  }

  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    this.transactions += 1;
    return this.inner.transaction((tx) => {
      const counted = new CountingDb(tx);
      return fn(counted).finally(() => (this.statements += counted.statements));
    });
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
