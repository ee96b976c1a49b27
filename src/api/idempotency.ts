import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../store/db.js';
import { ApiError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey?: string;
  }
}

/**
 * `Idempotency-Key` on a POST: the first request's status and body are stored and replayed for a repeat
 * with the same key; the same key with a different request is refused, and one still running is a 409.
 */
export function registerIdempotency(app: FastifyInstance, db: Db) {
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || !request.tenantId) return;
    if (key.length < 1 || key.length > 200) throw new ApiError(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1 to 200 characters');
    const hash = createHash('sha256').update(request.method + ' ' + request.url + '\n' + JSON.stringify(request.body ?? null)).digest('hex');
    const inserted = await db.query(
      `INSERT INTO idempotency_keys (tenant_id, key, method, path, request_hash) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [request.tenantId, key, request.method, request.url, hash],
    );
    if (inserted.rowCount === 1) {
      request.idempotencyKey = key;
      return;
    }
    const { rows } = await db.query<{ request_hash: string; status_code: number | null; body: unknown }>(
      `SELECT request_hash, status_code, body FROM idempotency_keys WHERE tenant_id = $1 AND key = $2`,
      [request.tenantId, key],
    );
    const prior = rows[0];
    if (!prior) return;
    if (prior.request_hash !== hash) {
      throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request: use a new key for a new request');
    }
    if (prior.status_code === null) throw new ApiError(409, 'IDEMPOTENT_REQUEST_IN_PROGRESS', 'a request with this Idempotency-Key is still running: retry later');
    reply.header('idempotent-replayed', 'true');
    return reply.status(prior.status_code).send(prior.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.idempotencyKey) return payload;
    if (reply.statusCode >= 500) {
      await db.query(`DELETE FROM idempotency_keys WHERE tenant_id = $1 AND key = $2`, [request.tenantId, request.idempotencyKey]);
      return payload;
    }
    let body: unknown;
    try {
      body = typeof payload === 'string' ? JSON.parse(payload) : null;
    } catch {
      body = payload;
    }
    await db.query(`UPDATE idempotency_keys SET status_code = $3, body = $4::jsonb WHERE tenant_id = $1 AND key = $2`, [
      request.tenantId,
      request.idempotencyKey,
      reply.statusCode,
      JSON.stringify(body),
    ]);
    return payload;
  });
}
