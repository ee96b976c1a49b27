import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OVERRIDE_STATUSES, PRO_MANUAL_STATUSES } from '../../domain/index.js';
import { instanceHeader } from '../../instances/instance-record.js';
import { decodeCursor, encodeCursor, listInstances } from '../../store/sql/list-instances.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { callerOf } from '../caller.js';
import { deleteInstance } from '../../instances/delete-instance.js';
import { overrideRiskFactor } from '../../instances/override-risk-factor.js';
import { overrideStatus } from '../../instances/override-status.js';
import { pauseInstance, resumeInstance } from '../../instances/pause-instance.js';
import { resolveProcessResult } from '../../instances/resolve-process-result.js';
import { loadInstanceRecord } from '../../instances/instance-view.js';
import { presentInstanceRecord } from '../instance-privacy.js';
import { listQuerySchema, toInstanceFilters, type ListQueryInput } from '../../search/instance-filters.js';
import { assertSearchableParameter } from '../../search/parameter-names.js';
import { invalidQuery } from '../list-query-error.js';

export const listQuery = listQuerySchema;
export type ListQuery = ListQueryInput;
export const filtersOf = toInstanceFilters;

const overrideBody = z.object({
  status: z.enum(OVERRIDE_STATUSES),
  comment: z.string().max(2000).optional(),
});

const idParams = z.object({ id: z.string().min(1).max(100) });

export async function processInstanceRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['process instances'];

  r.get('/process-instances', { schema: { tags, summary: 'List process instances with filters and cursor pagination (newest first)', querystring: listQuery }, attachValidation: true }, async (req) => {
    if (req.validationError) throw invalidQuery(req.validationError);
    const q = req.query;
    if (q.paramName !== undefined) await assertSearchableParameter(deps.db, req.tenantId, q.paramName);
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    if (q.cursor && !after) throw new ApiError(400, 'INVALID_CURSOR', 'cursor is not one this API returned: pass nextCursor from the previous page unchanged');
    const rows = await listInstances(deps.db, req.tenantId, filtersOf(q), q.limit + 1, after);
    const page = rows.slice(0, q.limit);
    return { processInstances: page.map(instanceHeader), nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]) : null };
  });

  r.get('/process-instances/:id', { schema: { tags, summary: 'The whole record of a process instance', params: idParams } }, async (req) =>
    presentInstanceRecord(deps.db, req, await loadInstanceRecord(deps.db, req.tenantId, req.params.id)),
  );

  r.patch('/process-instances/:id', {
    schema: { tags, summary: 'Override the status (the automated result is kept); X-Username names the reviewer', params: idParams, body: overrideBody },
    preValidation: requireRole('reviewer'),
  }, async (req, reply) => {
    const outcome = await overrideStatus(deps.db, callerOf(req), req.params.id, req.body);
    // Four-eyes: a covered override is a proposal that another reviewer decides.
    return 'proposal' in outcome ? reply.status(202).send(outcome) : outcome.instance;
  });

  for (const action of ['pause', 'resume'] as const) {
    r.post(`/process-instances/:id/${action}`, { schema: { tags, summary: `${action === 'pause' ? 'Pause' : 'Resume'} a process instance`, params: idParams }, preValidation: requireRole('reviewer') }, async (req) => {
      if (action === 'pause') return pauseInstance(deps.db, callerOf(req), req.params.id);
      const header = await resumeInstance(deps.db, callerOf(req), req.params.id);
      deps.worker.notify();
      return header;
    });
  }

  r.delete('/process-instances/:id', { schema: { tags, summary: 'Delete a process instance with all its results, documents and images', params: idParams }, preValidation: requireRole('admin') }, async (req) =>
    deleteInstance(deps.db, callerOf(req), req.params.id),
  );

  r.patch('/process-instances/:id/process-results/:proId', {
    schema: {
      tags,
      summary: "Resolve a process result object (e.g. an AML hit as TRUE_POSITIVE or FALSE_POSITIVE)",
      params: z.object({ id: z.string(), proId: z.string() }),
      body: z.object({ manualStatus: z.enum(PRO_MANUAL_STATUSES), comment: z.string().max(2000).optional() }),
    },
    preValidation: requireRole('reviewer'),
  }, async (req) => resolveProcessResult(deps.db, callerOf(req), req.params.id, req.params.proId, req.body));

  r.patch('/process-instances/:id/risk-factors/:factorId', {
    schema: {
      tags,
      summary: "Override a risk factor's score; the assessment's score and level are recomputed",
      params: z.object({ id: z.string(), factorId: z.string() }),
      body: z.object({ manualOverrideScore: z.number().finite().nullable(), comment: z.string().max(2000).optional() }),
    },
    preValidation: requireRole('reviewer'),
  }, async (req) => overrideRiskFactor(deps.db, callerOf(req), req.params.id, req.params.factorId, req.body));
}
