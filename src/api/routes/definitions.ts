import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newId } from '../../domain/ids.js';
import type { StepRegistry } from '../../engine/step-registry.js';
import { getDefinition, getDefinitionByName, insertDefinition, listDefinitions, type DefinitionRow } from '../../store/sql/definitions.js';
import { compileDefinition } from '../../workflows/compile-definition.js';
import { DefinitionError } from '../../workflows/definition-error.js';
import type { TaskNode, WorkflowGraph } from '../../domain/workflow-graph.js';
import { appendAudit } from '../../store/sql/append-audit.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { ApiError, notFound } from '../errors.js';

const definitionBody = z.union([
  z.object({
    format: z.literal('bpmn'),
    name: z.string().trim().min(1).max(200).regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, _ . -').optional(),
    type: z.string().max(50).optional(),
    xml: z.string().min(1).max(2_000_000),
  }),
  z.object({
    format: z.literal('json'),
    name: z.string().trim().min(1).max(200).regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, _ . -').optional(),
    type: z.string().max(50).optional(),
    definition: z.record(z.string(), z.unknown()),
  }),
]);
type DefinitionBody = z.infer<typeof definitionBody>;

/** The tasks breadth-first from the start event (the stored graph is jsonb, whose key order is not the flow's). */
function tasksInFlowOrder(graph: WorkflowGraph): TaskNode[] {
  const tasks: TaskNode[] = [];
  const seen = new Set<string>();
  const queue = [graph.startId];
  while (queue.length > 0) {
    const node = graph.nodes[queue.shift()!];
    if (!node || seen.has(node.id)) continue;
    seen.add(node.id);
    if (node.kind === 'task') tasks.push(node);
    for (const flowId of node.outgoing) if (graph.flows[flowId]) queue.push(graph.flows[flowId].target);
  }
  return tasks;
}

export function definitionView(row: DefinitionRow, withXml: boolean) {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    type: row.type,
    format: row.source_format,
    used: row.used,
    createdAt: new Date(row.created_at).toISOString(),
    steps: tasksInFlowOrder(row.graph).map((n) => ({ elementId: n.id, stepType: n.stepType, stepName: n.stepName })),
    ...(withXml ? { bpmnXml: row.bpmn_xml, source: row.source, graph: row.graph } : {}),
  };
}

async function compile(registry: StepRegistry, body: DefinitionBody) {
  try {
    return await compileDefinition(body.format === 'bpmn' ? { format: 'bpmn', xml: body.xml } : { format: 'json', definition: body.definition }, registry);
  } catch (err) {
    if (err instanceof DefinitionError) throw new ApiError(422, 'INVALID_DEFINITION', err.message, { problems: err.issues });
    throw err;
  }
}

export async function definitionRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['definitions'];

  const create = async (tenantId: string, actor: string, requestId: string, body: DefinitionBody, forcedName?: string) => {
    const compiled = await compile(deps.registry, body);
    const name = forcedName ?? body.name ?? compiled.name;
    if (!name) throw new ApiError(400, 'VALIDATION_FAILED', 'body.name: give the definition a name (or a name in the JSON/BPMN process)');
    const latest = await getDefinitionByName(deps.db, tenantId, name);
    if (!forcedName && latest) {
      throw new ApiError(409, 'DEFINITION_EXISTS', `definition ${name} exists (version ${latest.version}): POST /api/v1/definitions/${latest.id}/versions to add a version`);
    }
    const row = await insertDefinition(deps.db, {
      id: newId(),
      tenantId,
      name,
      version: (latest?.version ?? 0) + 1,
      type: body.type ?? compiled.type ?? 'KYC',
      format: body.format,
      source: body.format === 'json' ? body.definition : null,
      bpmnXml: compiled.bpmnXml,
      graph: compiled.graph,
    }).catch((err: unknown) => {
      if ((err as { code?: unknown }).code !== '23505') throw err;
      throw new ApiError(409, 'DEFINITION_EXISTS', `definition ${name} version ${(latest?.version ?? 0) + 1} was created by a concurrent request: fetch it, or retry to add the next version`);
    });
    await appendAudit(deps.db, { tenantId, actor, action: 'definition.create', targetType: 'definition', targetId: row.id, requestId, details: { name, version: row.version } });
    return row;
  };

  r.post('/definitions', { schema: { tags, summary: 'Create a process definition from BPMN XML or the JSON shorthand', body: definitionBody }, preValidation: requireRole('admin') }, async (req, reply) => {
    const row = await create(req.tenantId, req.actor, req.id, req.body);
    return reply.status(201).send(definitionView(row, true));
  });

  r.post('/definitions/:id/versions', {
    schema: { tags, summary: 'Add a new version to a definition (earlier versions stay as they are)', params: z.object({ id: z.string() }), body: definitionBody },
    preValidation: requireRole('admin'),
  }, async (req, reply) => {
    const base = await getDefinition(deps.db, req.tenantId, req.params.id);
    if (!base) throw notFound('definition', req.params.id);
    const row = await create(req.tenantId, req.actor, req.id, req.body, base.name);
    return reply.status(201).send(definitionView(row, true));
  });

  r.get('/definitions', {
    schema: { tags, summary: 'List definitions (latest versions, or all with allVersions=true)', querystring: z.object({ allVersions: z.enum(['true', 'false']).default('false') }) },
  }, async (req) => {
    const rows = await listDefinitions(deps.db, req.tenantId, req.query.allVersions === 'true');
    return { definitions: rows.map((row) => definitionView(row, false)) };
  });

  r.get('/definitions/:id', { schema: { tags, summary: 'Get a definition with its BPMN XML', params: z.object({ id: z.string() }) } }, async (req) => {
    const row = await getDefinition(deps.db, req.tenantId, req.params.id);
    if (!row) throw notFound('definition', req.params.id);
    return definitionView(row, true);
  });

  r.get('/definitions/:id/bpmn', { schema: { tags, summary: 'The BPMN 2.0 XML of a definition', params: z.object({ id: z.string() }) } }, async (req, reply) => {
    const row = await getDefinition(deps.db, req.tenantId, req.params.id);
    if (!row) throw notFound('definition', req.params.id);
    return reply.type('application/xml').send(row.bpmn_xml);
  });
}
