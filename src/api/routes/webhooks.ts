import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newId } from '../../domain/ids.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { notFound } from '../errors.js';

export const WEBHOOK_EVENTS = ['workflow.completed', 'monitoring.alert'] as const;

interface WebhookRow {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  created_at: Date;
}

export async function webhookRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['webhooks'];
  const view = (w: WebhookRow) => ({ id: w.id, url: w.url, events: w.events, active: w.active, createdAt: new Date(w.created_at).toISOString() });

  r.post('/webhooks', {
    schema: {
      tags,
      summary: 'Register a webhook; the signing secret is returned once',
      body: z.object({
        url: z.string().url().refine((u) => /^https?:\/\//.test(u), 'use an http(s) URL'),
        events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).default(['workflow.completed']),
        secret: z.string().min(16).max(200).optional(),
      }),
    },
    preValidation: requireRole('admin'),
  }, async (req, reply) => {
    const secret = req.body.secret ?? `whsec_${randomBytes(24).toString('base64url')}`;
    const { rows } = await deps.db.query<WebhookRow>(
      `INSERT INTO webhooks (id, tenant_id, url, secret, events) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING *`,
      [newId(), req.tenantId, req.body.url, secret, JSON.stringify(req.body.events)],
    );
    return reply.status(201).send({ ...view(rows[0]), secret });
  });

  r.get('/webhooks', { schema: { tags, summary: 'List webhooks' } }, async (req) => {
    const { rows } = await deps.db.query<WebhookRow>(`SELECT * FROM webhooks WHERE tenant_id = $1 ORDER BY created_at`, [req.tenantId]);
    return { webhooks: rows.map(view) };
  });

  r.get('/webhooks/:id/deliveries', { schema: { tags, summary: 'Recent deliveries of a webhook', params: z.object({ id: z.string() }) } }, async (req) => {
    const w = await deps.db.query(`SELECT id FROM webhooks WHERE tenant_id = $1 AND id = $2`, [req.tenantId, req.params.id]);
    if (w.rowCount === 0) throw notFound('webhook', req.params.id);
    const { rows } = await deps.db.query(
      `SELECT id, instance_id, event, status, attempts, response_status, last_error, created_at, delivered_at
         FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY created_at DESC LIMIT 100`,
      [req.params.id],
    );
    return { deliveries: rows };
  });

  r.delete('/webhooks/:id', { schema: { tags, summary: 'Delete a webhook', params: z.object({ id: z.string() }) }, preValidation: requireRole('admin') }, async (req) => {
    const r2 = await deps.db.query(`DELETE FROM webhooks WHERE tenant_id = $1 AND id = $2`, [req.tenantId, req.params.id]);
    if (r2.rowCount === 0) throw notFound('webhook', req.params.id);
    return { deleted: true, id: req.params.id };
  });
}
