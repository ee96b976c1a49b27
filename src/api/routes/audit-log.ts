import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyAuditChain } from '../../store/sql/append-audit.js';
import type { AppDeps } from '../deps.js';
import { isoDateTime } from '../schemas.js';

export async function auditLogRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/audit-log', {
    schema: {
      tags: ['audit'],
      summary: "The tenant's append-only, hash-chained audit log (newest first), filtered by target, action, actor or time",
      querystring: z.object({
        limit: z.coerce.number().int().min(1).max(500).default(100),
        before: z.coerce.number().int().positive().optional(),
        targetId: z.string().optional(),
        action: z.string().max(100).optional(),
        actor: z.string().max(200).optional(),
        from: isoDateTime.optional(),
        to: isoDateTime.optional(),
      }),
    },
  }, async (req) => {
    const { rows } = await deps.db.query(
      `SELECT id, at, actor, action, target_type, target_id, request_id, details, hash FROM audit_log
        WHERE tenant_id = $1 AND ($2::bigint IS NULL OR id < $2) AND ($3::text IS NULL OR target_id = $3)
          AND ($5::text IS NULL OR action = $5) AND ($6::text IS NULL OR actor = $6)
          AND ($7::timestamptz IS NULL OR at >= $7) AND ($8::timestamptz IS NULL OR at < $8)
        ORDER BY id DESC LIMIT $4`,
      [req.tenantId, req.query.before ?? null, req.query.targetId ?? null, req.query.limit, req.query.action ?? null, req.query.actor ?? null, req.query.from ?? null, req.query.to ?? null],
    );
    return {
      entries: rows.map((e: any) => ({ id: Number(e.id), at: new Date(e.at).toISOString(), actor: e.actor, action: e.action, targetType: e.target_type, targetId: e.target_id, requestId: e.request_id, details: e.details, hash: e.hash })),
    };
  });
  r.get('/audit-log/verify', { schema: { tags: ['audit'], summary: 'Recompute the hash chain' } }, async (req) => {
    const broken = await verifyAuditChain(deps.db, req.tenantId);
    return { intact: broken === null, firstBrokenId: broken };
  });
}
