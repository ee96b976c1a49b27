import pg from 'pg';
import { checkChannel, type Unlisten } from './db.js';

/** The longest wait between two reconnection attempts (ms). */
const MAX_BACKOFF_MS = 5_000;

/**
 * One dedicated connection (outside the pool, which would hand it back and lose its LISTENs) carrying every
 * channel a PgDb listens on. Reconnects with backoff when the connection drops, LISTENs again, and then calls
 * every listener once with an empty payload, since notifications sent while it was away are lost.
 */
export class PgListener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly listeners = new Map<string, Set<(payload: string) => void>>();
  private closed = false;
  private backoffMs = 100;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly connectionString: string) {}

  async listen(channel: string, onNotify: (payload: string) => void): Promise<Unlisten> {
    checkChannel(channel);
    if (this.closed) throw new Error('the database is closed');
    let set = this.listeners.get(channel);
    const first = !set;
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(onNotify);
    const client = await this.connect();
    if (first) await client.query(`LISTEN ${channel}`);
    return async () => {
      const current = this.listeners.get(channel);
      if (!current?.delete(onNotify) || current.size > 0) return;
      this.listeners.delete(channel);
      await this.client?.query(`UNLISTEN ${channel}`).catch(() => {});
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.listeners.clear();
    const client = this.client ?? (await this.connecting?.catch(() => undefined));
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.connectionString });
      client.on('notification', (msg) => {
        for (const fn of this.listeners.get(msg.channel) ?? []) fn(msg.payload ?? '');
      });
      client.on('error', () => this.lost(client));
      client.on('end', () => this.lost(client));
      try {
        await client.connect();
      } catch (err) {
        this.connecting = undefined;
        throw err;
      }
      for (const channel of this.listeners.keys()) await client.query(`LISTEN ${channel}`);
      this.client = client;
      this.connecting = undefined;
      this.backoffMs = 100;
      return client;
    })();
    return this.connecting;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    client.end().catch(() => {});
    const reconnect = () => {
      this.retry = undefined;
      if (this.closed || this.listeners.size === 0) return;
      this.connect().then(
        () => {
          for (const set of this.listeners.values()) for (const fn of set) fn('');
        },
        () => {
          this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
          this.retry = setTimeout(reconnect, this.backoffMs);
        },
      );
    };
    this.retry = setTimeout(reconnect, this.backoffMs);
  }
}
