import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { definitionsOverview } from '../../definitions/definitions-overview.js';
import type { AppDeps } from '../deps.js';

/** The overview of all process definitions and their last-run instances. */
export async function definitionsOverviewRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/definitions/overview', {
    schema: {
      tags: ['definitions'],
      summary: 'Each definition with its versions, instance counts by status and last-run instances',
      querystring: z.object({ lastRuns: z.coerce.number().int().min(0).max(50).default(5) }).strict(),
    },
  }, async (req) => ({ definitions: await definitionsOverview(deps.db, req.tenantId, req.query.lastRuns) }));
}
