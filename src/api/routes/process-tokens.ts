import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PROCESS_TOKEN_TYPES, type Individual } from '../../domain/index.js';
import { startExecution } from '../../engine/executions.js';
import { newId } from '../../engine/ids.js';
import { instanceHeader } from '../../engine/instance-record.js';
import { getDefinition } from '../../store/sql/definitions.js';
import { upsertEntity } from '../../store/sql/entities.js';
import { getToken, insertToken, listTokens, setTokenStatus, useToken, type TokenRow } from '../../store/sql/process-tokens.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { ApiError, notFound } from '../errors.js';
import { isoDateTime } from '../schemas.js';

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
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: t.id,
    processDefnId: t.definition_id,
    type: t.type,
    status: t.status,
    notBeforeDtm: iso(t.not_before_dtm),
    notAfterDtm: iso(t.not_after_dtm),
    maxCount: t.max_count,
    processTokenCounter: t.counter,
    extId: t.ext_id,
    parameters: t.parameters,
    createdDtm: iso(t.created_at),
    lastUpdatedDtm: iso(t.updated_at),
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
  }, async (req, reply) => {
    const token = await getToken(deps.db, req.tenantId, req.params.id);
    if (!token) throw notFound('process token', req.params.id);
    const counter = await useToken(deps.db, req.tenantId, token.id);
    if (counter === undefined) throw new ApiError(409, 'TOKEN_NOT_USABLE', tokenUnusableReason(token));
    const definition = (await getDefinition(deps.db, req.tenantId, token.definition_id))!;
    const p = token.parameters as z.infer<typeof parameters>;
    const entity: Individual = {
      entityId: newId(),
      entityType: 'INDIVIDUAL',
      name: { givenName: p.firstName, familyName: p.lastName, displayName: [p.firstName, p.lastName].filter(Boolean).join(' ') || 'Not available' },
      ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}),
      ...(p.email ? { email: p.email } : {}),
      ...(p.phoneNumber ? { phoneNumber: p.phoneNumber } : {}),
      ...(p.nationality ? { nationality: p.nationality } : {}),
    };
    await upsertEntity(deps.db, req.tenantId, entity);
    const row = await startExecution(deps.db, deps.worker, {
      tenantId: req.tenantId,
      definition,
      entity,
      applicant: {
        firstName: p.firstName,
        lastName: p.lastName,
        email: p.email,
        phoneNumber: p.phoneNumber,
        dateOfBirth: p.dateOfBirth,
        nationality: p.nationality,
        extId: p.referenceID ?? token.ext_id ?? undefined,
      },
      input: { ...(req.body.input ?? {}), parameters: token.parameters },
      requestId: req.id,
      processTokenId: token.id,
      processTokenCounter: counter,
      expiringDtm: req.body.expiringDtm ?? (token.not_after_dtm ? new Date(token.not_after_dtm).toISOString() : undefined),
      mode: 'async',
    });
    return reply.status(201).send(instanceHeader(row));
  });
}

function tokenUnusableReason(t: TokenRow): string {
  const now = Date.now();
  if (t.status === 'CONSUMED' || (t.max_count !== null && t.counter >= t.max_count)) {
    return `token ${t.id} has been used its maxCount of ${t.max_count} times: create a new token`;
  }
  if (t.status !== 'ACTIVE') return `token ${t.id} is ${t.status}: activate it (PATCH status ACTIVE) or create a new one`;
  if (t.not_before_dtm && now < new Date(t.not_before_dtm).getTime()) return `token ${t.id} is not valid before ${new Date(t.not_before_dtm).toISOString()}`;
  if (t.not_after_dtm && now > new Date(t.not_after_dtm).getTime()) return `token ${t.id} expired at ${new Date(t.not_after_dtm).toISOString()}: create a new token`;
  return `token ${t.id} has been used its maxCount of ${t.max_count} times: create a new token`;
}
