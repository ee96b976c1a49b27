import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PROCESS_TOKEN_TYPES } from '../../domain/index.js';
import { isoTimestampOrNull } from '../../domain/timestamps.js';
import { startFromToken } from '../../instances/start-from-token.js';
import { newId } from '../../domain/ids.js';
import { getDefinition } from '../../store/sql/definitions.js';
import { getToken, insertToken, listTokens, setTokenStatus, type TokenRow } from '../../store/sql/process-tokens.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { callerOf } from '../caller.js';
import { isoDateTime } from '../../instances/inputs.js';

const parameters = z
  .object({
    firstName: z.string().max(200).optional(),
    lastName: z.string().max(200).optional(),
    email: z.string().email().optional(),
    phoneNumber: z.string().max(40).optional(),
    referenceID: z.string().max(200).optional(),
    dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').optional(),
    nationality: z.string().max(3).optional(),
  })
  .catchall(z.unknown());

const tokenBody = z
  .object({
    processDefnId: z.string().min(1),
    type: z.enum(PROCESS_TOKEN_TYPES).default('UNLIMITED'),
    status: z.enum(['ACTIVE', 'INACTIVE']).default('ACTIVE'),
    notBeforeDtm: isoDateTime.optional(),
    notAfterDtm: isoDateTime.optional(),
    maxCount: z.number().int().positive().optional(),
    extId: z.string().max(200).optional(),
    parameters: parameters.default({}),
  })
  .superRefine((t, ctx) => {
    if (t.type === 'MULTI_USE_COUNT_LIMITED' && t.maxCount === undefined) {
      ctx.addIssue({ code: 'custom', path: ['maxCount'], message: 'MULTI_USE_COUNT_LIMITED tokens need maxCount' });
    }
    if (t.type === 'MULTI_USE_TIME_LIMITED' && t.notAfterDtm === undefined) {
      ctx.addIssue({ code: 'custom', path: ['notAfterDtm'], message: 'MULTI_USE_TIME_LIMITED tokens need notAfterDtm' });
    }
    if (t.notBeforeDtm && t.notAfterDtm && Date.parse(t.notBeforeDtm) >= Date.parse(t.notAfterDtm)) {
      ctx.addIssue({ code: 'custom', path: ['notAfterDtm'], message: 'notAfterDtm must be after notBeforeDtm' });
    }
  });

export function tokenView(t: TokenRow) {
  return {
    id: t.id,
    processDefnId: t.definition_id,
    type: t.type,
    status: t.status,
    notBeforeDtm: isoTimestampOrNull(t.not_before_dtm),
    notAfterDtm: isoTimestampOrNull(t.not_after_dtm),
    maxCount: t.max_count,
    processTokenCounter: t.counter,
    extId: t.ext_id,
    parameters: t.parameters,
    createdDtm: isoTimestampOrNull(t.created_at),
    lastUpdatedDtm: isoTimestampOrNull(t.updated_at),
  };
}

export async function processTokenRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['process tokens'];

  r.post('/process-tokens', { schema: { tags, summary: 'Create a process token (an applicant link with parameters)', body: tokenBody }, preValidation: requireRole('admin') }, async (req, reply) => {
    const defn = await getDefinition(deps.db, req.tenantId, req.body.processDefnId);
    if (!defn) throw notFound('definition', req.body.processDefnId);
    const row = await insertToken(deps.db, {
      id: newId(),
      tenantId: req.tenantId,
      definitionId: defn.id,
      type: req.body.type,
      status: req.body.status,
      notBefore: req.body.notBeforeDtm,
      notAfter: req.body.notAfterDtm,
      maxCount: req.body.maxCount,
      parameters: req.body.parameters,
      extId: req.body.extId,
    });
    return reply.status(201).send(tokenView(row));
  });

  r.get('/process-tokens', {
    schema: { tags, summary: 'List process tokens', querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50), cursor: z.string().optional() }) },
  }, async (req) => {
    const rows = await listTokens(deps.db, req.tenantId, req.query.limit + 1, req.query.cursor);
    const page = rows.slice(0, req.query.limit);
    return { processTokens: page.map(tokenView), nextCursor: rows.length > req.query.limit ? page[page.length - 1].id : null };
  });

  r.get('/process-tokens/:id', { schema: { tags, summary: 'Get a process token', params: z.object({ id: z.string() }) } }, async (req) => {
    const row = await getToken(deps.db, req.tenantId, req.params.id);
    if (!row) throw notFound('process token', req.params.id);
    return tokenView(row);
  });

  r.patch('/process-tokens/:id', {
    schema: { tags, summary: 'Activate or deactivate a process token', params: z.object({ id: z.string() }), body: z.object({ status: z.enum(['ACTIVE', 'INACTIVE']) }) },
    preValidation: requireRole('admin'),
  }, async (req) => {
    const row = await setTokenStatus(deps.db, req.tenantId, req.params.id, req.body.status);
    if (!row) throw notFound('process token', req.params.id);
    return tokenView(row);
  });

  r.post('/process-tokens/:id/instances', {
    schema: {
      tags,
      summary: 'Start a process instance from a token (processTokenCounter counts the uses)',
      params: z.object({ id: z.string() }),
      body: z.object({ expiringDtm: isoDateTime.optional(), input: z.record(z.string(), z.unknown()).optional() }).default({}),
    },
    preValidation: requireRole('admin'),
  }, async (req, reply) => reply.status(201).send(await startFromToken(deps, callerOf(req), req.params.id, req.body)));
}
