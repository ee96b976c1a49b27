import pg from 'pg';
import type { Db, QueryResult, Unlisten } from './db.js';
import { NUMERIC_TYPE_OIDS, checkChannel } from './db.js';
import { PgListener } from './pg-listener.js';

pg.types.setTypeParser(NUMERIC_TYPE_OIDS.int8, (v) => Number(v));
pg.types.setTypeParser(NUMERIC_TYPE_OIDS.numeric, (v) => Number(v));

class PgClientDb implements Db {
  readonly kind = 'pg' as const;
  constructor(
    private readonly client: pg.PoolClient,
    private readonly parent: PgDb,
  ) {}
  async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
    const r = await this.client.query(sql, params as unknown[]);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
  }
  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return fn(this);
  }
  listen(channel: string, onNotify: (payload: string) => void): Promise<Unlisten> {
    return this.parent.listen(channel, onNotify);
  }
  async notify(channel: string, payload = ''): Promise<void> {
    await this.client.query('SELECT pg_notify($1, $2)', [checkChannel(channel), payload]);
  }
  async close(): Promise<void> {}
}

export class PgDb implements Db {
  readonly kind = 'pg' as const;
  readonly pool: pg.Pool;
  private readonly listener: PgListener;

  constructor(connectionString: string, options: { max?: number; searchPath?: string } = {}) {
    this.listener = new PgListener(connectionString);
    this.pool = new pg.Pool({
      connectionString,
      max: options.max ?? 10,
      options: options.searchPath ? `-c search_path=${options.searchPath}` : undefined,
    });
    // An idle client that loses its connection must not crash the process.
    this.pool.on('error', () => {});
  }

  async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
    const r = await this.pool.query(sql, params as unknown[]);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(new PgClientDb(client, this));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  listen(channel: string, onNotify: (payload: string) => void): Promise<Unlisten> {
    return this.listener.listen(channel, onNotify);
  }

  async notify(channel: string, payload = ''): Promise<void> {
    await this.pool.query('SELECT pg_notify($1, $2)', [checkChannel(channel), payload]);
  }

  async close(): Promise<void> {
    await this.listener.close();
    await this.pool.end();
  }
}
