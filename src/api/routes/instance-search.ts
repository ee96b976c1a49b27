import type { FastifyInstance } from 'fastify';
import { searchableParameterNames } from '../../search/parameter-names.js';
import type { AppDeps } from '../deps.js';

/** What the back-office search offers: the process-token parameter names of the tenant. */
export async function instanceSearchRoutes(app: FastifyInstance, deps: AppDeps) {
  app.get('/process-instances/parameter-names', {
    schema: { tags: ['process instances'], summary: 'Process-token parameter names the list can search on (paramName): the standard ones and every name the tenant\'s tokens use' },
  }, async (req) => ({ names: await searchableParameterNames(deps.db, req.tenantId) }));
}
