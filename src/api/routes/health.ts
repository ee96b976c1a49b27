import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';

export async function healthRoutes(app: FastifyInstance, deps: AppDeps) {
  app.get('/health', { schema: { tags: ['system'], summary: 'Liveness and database reachability' }, config: { public: true } }, async (_req, reply) => {
    try {
      await deps.db.query('SELECT 1');
      return { status: 'ok', database: deps.db.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: deps.db.kind });
    }
  });
}
