import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult, Unlisten } from './db.js';
import { NUMERIC_TYPE_OIDS, checkChannel } from './db.js';

const parsers = {
  [NUMERIC_TYPE_OIDS.int8]: (v: string) => Number(v),
  [NUMERIC_TYPE_OIDS.numeric]: (v: string) => Number(v),
};

class PgliteTxDb implements Db {
  readonly kind = 'pglite' as const;
  constructor(
    private readonly tx: Transaction,
    private readonly parent: PgliteDb,
  ) {}
  async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
    const r = await this.tx.query<T>(sql, params);
    return { rows: r.rows, rowCount: Math.max(r.affectedRows ?? 0, r.rows.length) };
  }
  async exec(sql: string): Promise<void> {
    await this.tx.exec(sql);
  }
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return fn(this);
  }
  listen(channel: string, onNotify: (payload: string) => void): Promise<Unlisten> {
    return this.parent.listen(channel, onNotify);
  }
  async notify(channel: string, payload = ''): Promise<void> {
    await this.tx.query('SELECT pg_notify($1, $2)', [checkChannel(channel), payload]);
  }
  async close(): Promise<void> {}
}

/** The embedded database: Postgres in WebAssembly, in process; `dataDir` undefined means in memory. */
export class PgliteDb implements Db {
  readonly kind = 'pglite' as const;
  readonly pg: PGlite;

  private constructor(pg: PGlite) {
    this.pg = pg;
  }

  static async open(dataDir?: string): Promise<PgliteDb> {
    const pg = new PGlite(dataDir, { parsers });
    await pg.waitReady;
    return new PgliteDb(pg);
  }

  async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
    const r = await this.pg.query<T>(sql, params);
    return { rows: r.rows, rowCount: Math.max(r.affectedRows ?? 0, r.rows.length) };
  }

  async exec(sql: string): Promise<void> {
    await this.pg.exec(sql);
  }

  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return this.pg.transaction((tx) => fn(new PgliteTxDb(tx, this)));
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<Unlisten> {
    const unlisten = await this.pg.listen(checkChannel(channel), onNotify);
    return async () => {
      if (!this.pg.closed) await unlisten();
    };
  }

  async notify(channel: string, payload = ''): Promise<void> {
    await this.pg.query('SELECT pg_notify($1, $2)', [checkChannel(channel), payload]);
  }

  async close(): Promise<void> {
    if (!this.pg.closed) await this.pg.close();
  }
}
