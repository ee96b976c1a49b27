import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { INSTANCE_STATUSES, OVERRIDE_STATUSES, PRO_MANUAL_STATUSES } from '../../domain/index.js';
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
import { isoDateTime } from '../../instances/inputs.js';

export const listQuery = z.object({
  status: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(INSTANCE_STATUSES)))
    .optional(),
  processDefnName: z.string().max(200).optional(),
  processDefnId: z.string().max(100).optional(),
  createdFrom: isoDateTime.optional(),
  createdTo: isoDateTime.optional(),
  firstName: z.string().max(200).optional(),
  lastName: z.string().max(200).optional(),
  referenceId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export function filtersOf(q: ListQuery) {
  return {
    statuses: q.status,
    definitionName: q.processDefnName,
    definitionId: q.processDefnId,
    createdFrom: q.createdFrom,
    createdTo: q.createdTo,
    firstName: q.firstName,
    lastName: q.lastName,
    referenceId: q.referenceId,
  };
}

const overrideBody = z.object({
  status: z.enum(OVERRIDE_STATUSES),
  comment: z.string().max(2000).optional(),
});

const idParams = z.object({ id: z.string().min(1).max(100) });

export async function processInstanceRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['process instances'];

  r.get('/process-instances', { schema: { tags, summary: 'List process instances with filters and cursor pagination (newest first)', querystring: listQuery } }, async (req) => {
    const q = req.query;
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    if (q.cursor && !after) throw new ApiError(400, 'INVALID_CURSOR', 'cursor is not one this API returned: pass nextCursor from the previous page unchanged');
    const rows = await listInstances(deps.db, req.tenantId, filtersOf(q), q.limit + 1, after);
    const page = rows.slice(0, q.limit);
    return { processInstances: page.map(instanceHeader), nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]) : null };
  });

  r.get('/process-instances/:id', { schema: { tags, summary: 'The whole record of a process instance', params: idParams } }, async (req) =>
    loadInstanceRecord(deps.db, req.tenantId, req.params.id),
  );

  r.patch('/process-instances/:id', {
    schema: { tags, summary: 'Override the status (the automated result is kept); X-Username names the reviewer', params: idParams, body: overrideBody },
    preValidation: requireRole('reviewer'),
  }, async (req) => overrideStatus(deps.db, callerOf(req), req.params.id, req.body));

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
