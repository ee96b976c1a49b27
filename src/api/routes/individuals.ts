import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Individual } from '../../domain/index.js';
import { applicantOf, startExecution } from '../../engine/executions.js';
import { newId } from '../../engine/ids.js';
import { getDefinitionByName, type DefinitionRow } from '../../store/sql/definitions.js';
import { listEntities, upsertEntity } from '../../store/sql/entities.js';
import { loadEntity } from '../../store/sql/load-entity.js';
import { loadInstance } from '../../store/sql/load-instance.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { ApiError, notFound } from '../errors.js';
import { loadWorkflowResult } from '../instance-view.js';
import { individualInput, type IndividualInput } from '../schemas.js';

const executeBody = z
  .object({
    mode: z.enum(['sync', 'async']).default('sync'),
    version: z.number().int().positive().optional(),
    input: z.record(z.string(), z.unknown()).optional(),
    extId: z.string().max(200).optional(),
  })
  .default({ mode: 'sync' });

function toIndividual(entityId: string, input: IndividualInput): Individual {
  const displayName =
    input.name.displayName ?? [input.name.givenName, input.name.middleName, input.name.familyName].filter(Boolean).join(' ');
  if (!displayName) throw new ApiError(400, 'VALIDATION_FAILED', 'body.name: give at least givenName/familyName or displayName');
  return { entityId, entityType: 'INDIVIDUAL', ...input, name: { ...input.name, displayName } };
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

  const findWorkflow = async (tenantId: string, workflowName: string, version: number | undefined) => {
    const definition = await getDefinitionByName(deps.db, tenantId, workflowName, version);
    if (!definition) throw notFound('workflow', workflowName + (version ? ` version ${version}` : ''));
    return definition;
  };

  const execute = async (tenantId: string, requestId: string, individual: Individual, definition: DefinitionRow, body: z.infer<typeof executeBody>) => {
    const row = await startExecution(deps.db, deps.worker, {
      tenantId,
      definition,
      entity: individual,
      applicant: applicantOf(individual, { extId: body.extId }),
      input: body.input ?? {},
      requestId,
      mode: body.mode,
    });
    return row;
  };

  r.post('/individuals/:id/workflows/:workflowName/execute', {
    schema: { tags, summary: 'Execute a workflow for an existing individual (sync: 200 with the workflowResult; async: 202, then a webhook)', params: z.object({ id: z.string(), workflowName: z.string() }), body: executeBody },
    preValidation: requireRole('admin'),
  }, async (req, reply) => {
    const individual = await loadEntity(deps.db, req.tenantId, req.params.id);
    if (!individual) throw notFound('individual', req.params.id);
    const definition = await findWorkflow(req.tenantId, req.params.workflowName, req.body.version);
    const row = await execute(req.tenantId, req.id, individual, definition, req.body);
    return respond(reply, req.body.mode, row.id, req.tenantId, req.id, individual);
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
    const individual = toIndividual(newId(), req.body.individual);
    // The workflow is resolved first, so an unknown one leaves no individual behind.
    const definition = await findWorkflow(req.tenantId, req.params.workflowName, req.body.version);
    await upsertEntity(deps.db, req.tenantId, individual);
    const row = await execute(req.tenantId, req.id, individual, definition, req.body);
    return respond(reply, req.body.mode, row.id, req.tenantId, req.id, individual);
  });

  async function respond(reply: any, mode: 'sync' | 'async', instanceId: string, tenantId: string, requestId: string, individual: Individual) {
    if (mode === 'async') {
      return reply.status(202).send({ requestId, workflowExecutionId: instanceId, instanceId, individual });
    }
    const row = await loadInstance(deps.db, tenantId, instanceId);
    return reply.status(200).send({ individual, requestId, workflowResult: await loadWorkflowResult(deps.db, row!) });
  }
}
