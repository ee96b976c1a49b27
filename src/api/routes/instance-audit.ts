import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { instanceAuditTrail } from '../../reviews/sql/instance-audit-trail.js';
import { loadInstance } from '../../store/sql/load-instance.js';
import type { AppDeps } from '../deps.js';
import { notFound } from '../errors.js';

/** The audit entries about one instance (overrides, proposals, resolutions, documents, views, exports). */
export async function instanceAuditRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/process-instances/:id/audit-trail', {
    schema: { tags: ['audit'], summary: "The instance's audit trail, oldest first", params: z.object({ id: z.string().min(1).max(100) }) },
  }, async (req) => {
    if (!(await loadInstance(deps.db, req.tenantId, req.params.id))) throw notFound('process instance', req.params.id);
    return { entries: await instanceAuditTrail(deps.db, req.tenantId, req.params.id) };
  });
}
