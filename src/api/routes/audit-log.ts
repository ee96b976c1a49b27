import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyAuditChain, type AuditRow } from '../../store/sql/append-audit.js';
import type { AppDeps } from '../deps.js';

export async function auditLogRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/audit-log', {
    schema: {
      tags: ['audit'],
      summary: "The tenant's append-only, hash-chained audit log (newest first)",
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), before: z.coerce.number().int().positive().optional(), targetId: z.string().optional() }),
    },
  }, async (req) => {
    const { rows } = await deps.db.query<Omit<AuditRow, 'prev_hash'>>(
      `SELECT id, at, actor, action, target_type, target_id, request_id, details, hash FROM audit_log
        WHERE tenant_id = $1 AND ($2::bigint IS NULL OR id < $2) AND ($3::text IS NULL OR target_id = $3)
        ORDER BY id DESC LIMIT $4`,
      [req.tenantId, req.query.before ?? null, req.query.targetId ?? null, req.query.limit],
    );
    return {
      entries: rows.map((e) => ({ id: Number(e.id), at: new Date(e.at).toISOString(), actor: e.actor, action: e.action, targetType: e.target_type, targetId: e.target_id, requestId: e.request_id, details: e.details, hash: e.hash })),
    };
  });
  r.get('/audit-log/verify', { schema: { tags: ['audit'], summary: 'Recompute the hash chain' } }, async (req) => {
    const broken = await verifyAuditChain(deps.db, req.tenantId);
    return { intact: broken === null, firstBrokenId: broken };
  });
}
