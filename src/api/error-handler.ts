import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { FAILURE_STATUS, Failure } from '../domain/failure.js';
import { ApiError } from './errors.js';

function describeZod(issues: { path: PropertyKey[]; message: string }[], where = 'body'): string {
  return issues
    .slice(0, 5)
    .map((i) => `${[where, ...i.path.map(String)].join('.')}: ${i.message}`)
    .join('; ');
}

/** Maps every error to `{ error: { code, message } }` in one place; bad input is never a 500. */
export function errorHandler(err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof ApiError) {
    return reply.status(err.statusCode).send({ error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } });
  }
  if (err instanceof Failure) {
    return reply.status(FAILURE_STATUS[err.kind]).send({ error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } });
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as any).validationContext ?? 'body';
    const message = err.validation
      .slice(0, 5)
      .map((v) => `${where}${v.instancePath.replace(/\/$/, '').replace(/\//g, '.')}: ${v.message}`)
      .join('; ');
    return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message } });
  }
  if (err instanceof ZodError) {
    return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message: describeZod(err.issues) } });
  }
  const fe = err as FastifyError;
  if ((err as { code?: unknown }).code === '23505') {
    // A unique constraint lost a race with a concurrent request for the same thing.
    return reply.status(409).send({ error: { code: 'CONFLICT', message: 'a concurrent request created the same resource: fetch it, or retry with a different name' } });
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && err instanceof SyntaxError)) {
    return reply.status(400).send({ error: { code: 'INVALID_JSON', message: `the request body is not valid JSON: ${err.message}` } });
  }
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return reply.status(400).send({ error: { code: 'INVALID_JSON', message: 'the request body is empty: send a JSON object' } });
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return reply.status(415).send({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the body as application/json' } });
  }
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.status(413).send({ error: { code: 'BODY_TOO_LARGE', message: 'the request body is too large' } });
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return reply.status(fe.statusCode).send({ error: { code: fe.code ?? 'BAD_REQUEST', message: err.message } });
  }
  request.log.error({ err }, 'unhandled error');
  return reply.status(500).send({ error: { code: 'INTERNAL', message: 'an internal error occurred; the request id is in X-Request-Id' } });
}
