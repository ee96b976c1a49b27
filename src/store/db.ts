/** The one database port: nothing outside src/store knows which adapter it has. */
export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Db {
  readonly kind: 'pg' | 'pglite';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs several statements separated by semicolons, without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs fn in one transaction; nested calls reuse the outer transaction. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify(payload)` for every notification sent on `channel` (Postgres LISTEN/NOTIFY) by any process
   * connected to the same database, until the returned `unlisten` is awaited. A notification sent inside a
   * transaction arrives only once it commits. Treat a notification as "something changed, look again", never as
   * the change itself: after a lost connection is re-established (pg) every listener is called once with an
   * empty payload, because notifications sent meanwhile are gone. `onNotify` must not throw.
   * On pg one dedicated connection (outside the pool) carries every channel of this Db; `close()` ends it.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<Unlisten>;
  /** Sends `payload` on `channel` to every listener (on a transaction's Db: when it commits). */
  notify(channel: string, payload?: string): Promise<void>;
  close(): Promise<void>;
}

export type Unlisten = () => Promise<void>;

/** Channels are plain lower-case identifiers (LISTEN takes no parameter, so the name is checked, not quoted). */
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/** Throws unless `channel` is a valid channel name; returns it. */
export function checkChannel(channel: string): string {
  if (!CHANNEL.test(channel)) throw new Error(`channel "${channel}" must be a lower-case identifier (a-z, 0-9, _)`);
  return channel;
}

/** Postgres type OIDs whose text form idflow reads as JavaScript numbers. */
export const NUMERIC_TYPE_OIDS = { int8: 20, numeric: 1700 } as const;
