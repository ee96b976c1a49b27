import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { displayNameOf, individualOf, type Individual } from '../../domain/index.js';
import { executeWorkflow, type ExecutionOutcome } from '../../instances/execute-workflow.js';
import { newId } from '../../domain/ids.js';
import { listEntities, upsertEntity } from '../../store/sql/entities.js';
import { loadEntity } from '../../store/sql/load-entity.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { ApiError, notFound } from '../errors.js';
import { callerOf } from '../caller.js';
import { individualInput, type IndividualInput } from '../../instances/inputs.js';

const executeBody = z
  .object({
    mode: z.enum(['sync', 'async']).default('sync'),
    version: z.number().int().positive().optional(),
    input: z.record(z.string(), z.unknown()).optional(),
    extId: z.string().max(200).optional(),
  })
  .default({ mode: 'sync' });

/** An individual from a request body; a name with no part at all is refused. */
function toIndividual(entityId: string, input: IndividualInput): Individual {
  if (!displayNameOf(input.name)) throw new ApiError(400, 'VALIDATION_FAILED', 'body.name: give at least givenName/familyName or displayName');
  return individualOf(entityId, input);
}

export async function individualRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['individuals'];

  r.post('/individuals', { schema: { tags, summary: 'Create an individual (entity)', body: individualInput }, preValidation: requireRole('admin') }, async (req, reply) => {
    const individual = toIndividual(newId(), req.body);
    await upsertEntity(deps.db, req.tenantId, individual);
    return reply.status(201).send({ individual: await loadEntity(deps.db, req.tenantId, individual.entityId) });
  });

  r.get('/individuals', {
    schema: { tags, summary: 'List individuals', querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50), cursor: z.string().optional() }) },
  }, async (req) => {
    const rows = await listEntities(deps.db, req.tenantId, req.query.limit + 1, req.query.cursor);
    const page = rows.slice(0, req.query.limit);
    return {
      individuals: page.map((row) => ({ ...row.data, entityId: row.id, monitored: row.monitored })),
      nextCursor: rows.length > req.query.limit ? page[page.length - 1].id : null,
    };
  });

  r.get('/individuals/:id', { schema: { tags, summary: 'Get an individual', params: z.object({ id: z.string() }) } }, async (req) => {
    const individual = await loadEntity(deps.db, req.tenantId, req.params.id);
    if (!individual) throw notFound('individual', req.params.id);
    return { individual };
  });

  r.put('/individuals/:id', { schema: { tags, summary: 'Replace an individual', params: z.object({ id: z.string() }), body: individualInput }, preValidation: requireRole('admin') }, async (req) => {
    const existing = await loadEntity(deps.db, req.tenantId, req.params.id);
    if (!existing) throw notFound('individual', req.params.id);
    await upsertEntity(deps.db, req.tenantId, toIndividual(req.params.id, req.body));
    return { individual: await loadEntity(deps.db, req.tenantId, req.params.id) };
  });

  r.post('/individuals/:id/workflows/:workflowName/execute', {
    schema: { tags, summary: 'Execute a workflow for an existing individual (sync: 200 with the workflowResult; async: 202, then a webhook)', params: z.object({ id: z.string(), workflowName: z.string() }), body: executeBody },
    preValidation: requireRole('admin'),
  }, async (req, reply) => {
    const outcome = await executeWorkflow(deps, callerOf(req), {
      workflow: { name: req.params.workflowName, version: req.body.version },
      individual: { entityId: req.params.id },
      input: req.body.input,
      extId: req.body.extId,
      mode: req.body.mode,
    });
    return respond(reply, outcome);
  });

  r.post('/workflows/:workflowName/execute', {
    schema: {
      tags,
      summary: 'Create an individual and execute a workflow for it in one call',
      params: z.object({ workflowName: z.string() }),
      body: z.object({ individual: individualInput }).and(executeBody),
    },
    preValidation: requireRole('admin'),
  }, async (req, reply) => {
    const outcome = await executeWorkflow(deps, callerOf(req), {
      workflow: { name: req.params.workflowName, version: req.body.version },
      individual: { draft: req.body.individual },
      input: req.body.input,
      extId: req.body.extId,
      mode: req.body.mode,
    });
    return respond(reply, outcome);
  });
}

/** Sync: 200 with the workflowResult; async: 202 with the ids to wait for (the webhook reports the end). */
function respond(reply: FastifyReply, outcome: ExecutionOutcome) {
  if (outcome.mode === 'async') {
    const { individual, requestId, instanceId } = outcome;
    return reply.status(202).send({ requestId, workflowExecutionId: instanceId, instanceId, individual });
  }
  const { individual, requestId, workflowResult } = outcome;
  return reply.status(200).send({ individual, requestId, workflowResult });
}
