import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { newId } from '../domain/ids.js';
import { authenticate } from './auth.js';
import type { AppDeps } from './deps.js';
import { errorHandler } from './error-handler.js';
import { registerIdempotency } from './idempotency.js';
import { apiRoutes } from './routes/index.js';
import { registerWebApp } from './web-app.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Routes that answer without a key or session: sign-in and sign-out look at the session cookie themselves. */
const PUBLIC_PATHS = new Set(['/api/v1/health', '/api/v1/openapi.json', '/api/v1/auth/login', '/api/v1/auth/logout']);

/** The HTTP API: everything under /api/v1, tenant API keys, OpenAPI 3.1 at /api/v1/openapi.json. */
export async function buildApp(deps: AppDeps, options: { logger?: boolean | object } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: options.logger ?? false }),
    bodyLimit: 16 * 1024 * 1024,
    trustProxy: deps.config?.trustProxy ?? false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : newId();
    },
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}: see /api/v1/openapi.json` } }),
  );
  // A JSON API: a text/plain body is refused with 415 rather than handed to a route as a string.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'idflow API', version: '1', description: 'Identity verification and KYC/AML orchestration' },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer' },
          // The back office's session (POST /auth/login); changes also need the X-CSRF-Token header.
          session: { type: 'apiKey', in: 'cookie', name: 'idflow_session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  const auth = authenticate(deps.db);
  await app.register(
    async (api) => {
      api.addHook('onRequest', async (req, reply) => {
        const path = req.url.split('?')[0];
        if (path !== undefined && PUBLIC_PATHS.has(path)) return;
        await auth(req, reply);
      });
      registerIdempotency(api, deps.db);
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await apiRoutes(api, deps);
    },
    { prefix: '/api/v1' },
  );
  await registerWebApp(app);
  return app;
}
