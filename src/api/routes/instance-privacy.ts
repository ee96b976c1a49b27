import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { revealInstance } from '../../privacy/instance-access.js';
import { loadInstance } from '../../store/sql/load-instance.js';
import type { AppDeps } from '../deps.js';
import { ApiError, notFound } from '../errors.js';

/** A viewer's explicit, audited reveal of an instance's document numbers and images (for the session). */
export async function instancePrivacyRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/process-instances/:id/reveal', {
    schema: { tags: ['process instances'], summary: "Reveal the instance's document numbers and images for this session (audited)", params: z.object({ id: z.string().min(1).max(100) }), body: z.object({}).strict().nullish() },
  }, async (req) => {
    const row = await loadInstance(deps.db, req.tenantId, req.params.id);
    if (!row) throw notFound('process instance', req.params.id);
    if (!req.session) throw new ApiError(409, 'SESSION_REQUIRED', 'reveal is a back-office action of a signed-in user: sign in (POST /api/v1/auth/login); API keys of the viewer role always see document identifiers hidden');
    await revealInstance(deps.db, { tenantId: req.tenantId, actor: req.actor, sessionId: req.session.id, requestId: req.id }, row.id);
    return { instanceId: row.id, revealed: true };
  });
}
