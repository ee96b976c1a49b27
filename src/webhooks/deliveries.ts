import type { Logger } from 'pino';
import type { Db } from '../store/db.js';
import { newId } from '../domain/ids.js';
import { signPayload } from './sign.js';

const MAX_ATTEMPTS = 8;
const BASE_BACKOFF_MS = 2_000;

/** Queues one delivery per active webhook of the tenant subscribed to the event (inside the caller's transaction). */
export async function enqueueDeliveries(db: Db, tenantId: string, event: string, instanceId: string, payload: unknown): Promise<void> {
  await db.query(
    `INSERT INTO webhook_deliveries (id, tenant_id, webhook_id, instance_id, event, payload)
     SELECT $1 || '-' || w.id, $2, w.id, $3, $4, $5::jsonb FROM webhooks w
      WHERE w.tenant_id = $2 AND w.active AND w.events ? $4`,
    [newId(), tenantId, instanceId, event, JSON.stringify(payload)],
  );
}

interface DueDelivery {
  id: string;
  url: string;
  secret: string;
  event: string;
  payload: unknown;
  attempts: number;
}

/**
 * Sends due deliveries once, each signed; failures are retried with exponential backoff
 * up to MAX_ATTEMPTS, then marked FAILED. Returns how many it tried.
 */
export async function deliverDue(db: Db, options: { limit?: number; timeoutMs?: number; logger?: Logger } = {}): Promise<number> {
  const due = await db.query<DueDelivery>(
    `UPDATE webhook_deliveries d SET next_attempt_at = now() + interval '60 seconds'
      FROM webhooks w
     WHERE d.webhook_id = w.id AND d.id IN (
       SELECT id FROM webhook_deliveries WHERE status = 'PENDING' AND next_attempt_at <= now()
        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING d.id, w.url, w.secret, d.event, d.payload, d.attempts`,
    [options.limit ?? 20],
  );
  await Promise.all(due.rows.map((d) => attempt(db, d, options)));
  return due.rowCount;
}

async function attempt(db: Db, d: DueDelivery, options: { timeoutMs?: number; logger?: Logger }) {
  const body = JSON.stringify({ id: d.id, event: d.event, data: d.payload });
  let status: number | undefined;
  let error: string | undefined;
  try {
    const res = await fetch(d.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-idflow-event': d.event, 'x-idflow-delivery': d.id, 'x-idflow-signature': signPayload(d.secret, body) },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    status = res.status;
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) error = `HTTP ${res.status}`;
  } catch (err) {
    error = (err as Error).message;
  }
  const attempts = d.attempts + 1;
  if (!error) {
    await db.query(`UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = $2, response_status = $3, delivered_at = now(), last_error = NULL WHERE id = $1`, [d.id, attempts, status]);
    return;
  }
  options.logger?.warn({ deliveryId: d.id, error, attempts }, 'webhook delivery failed');
  const final = attempts >= MAX_ATTEMPTS;
  await db.query(
    `UPDATE webhook_deliveries SET status = $2, attempts = $3, response_status = $4, last_error = $5,
            next_attempt_at = now() + ($6 || ' milliseconds')::interval WHERE id = $1`,
    [d.id, final ? 'FAILED' : 'PENDING', attempts, status ?? null, error, String(BASE_BACKOFF_MS * 2 ** (attempts - 1))],
  );
}

/** Polls for due deliveries until stopped. */
export function startDeliveryLoop(db: Db, options: { pollMs?: number; logger?: Logger } = {}) {
  let running = true;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (running) {
      let n = 0;
      try {
        n = await deliverDue(db, { logger: options.logger });
      } catch (err) {
        options.logger?.error({ err }, 'webhook delivery loop failed');
      }
      if (n === 0) await new Promise<void>((resolve) => ((wake = resolve), (timer = setTimeout(resolve, options.pollMs ?? 500))));
    }
  })();
  return {
    notify: () => wake?.(),
    async stop() {
      running = false;
      clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}
