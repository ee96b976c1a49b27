import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  INSTANCE_STATUSES,
  PRO_MANUAL_STATUSES,
  WORKFLOW_STATUSES,
  instanceStatusFor,
  workflowStatusForInstanceStatus,
  type InstanceStatus,
  type WorkflowStatus,
} from '../../domain/index.js';
import { instanceHeader } from '../../engine/instance-record.js';
import { appendAudit } from '../../store/sql/append-audit.js';
import { decodeCursor, encodeCursor, listInstances } from '../../store/sql/list-instances.js';
import { loadInstance } from '../../store/sql/load-instance.js';
import { deleteInstance, overrideInstanceStatus, setPaused } from '../../store/sql/update-instance-status.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { ApiError, notFound } from '../errors.js';
import { loadInstanceRecord } from '../instance-view.js';
import { presentInstanceRecord } from '../instance-privacy.js';
import { listQuerySchema, toInstanceFilters, type ListQueryInput } from '../../search/instance-filters.js';
import { assertSearchableParameter } from '../../search/parameter-names.js';
import { invalidQuery } from '../list-query-error.js';
import { overrideRiskFactor } from '../override-risk-factor.js';
import { setProcessResultManualStatus } from '../../store/sql/process-results.js';
import { recordResolution } from '../../screening/store/resolutions.js';
import { proposeOverrideIfRequired } from '../../reviews/propose-override.js';

export const listQuery = listQuerySchema;
export type ListQuery = ListQueryInput;
export const filtersOf = toInstanceFilters;

/** A reviewer sets a finished status (instance or workflow vocabulary), never a running one. */
const RUNNING = new Set<string>(['PENDING', 'ACTIVE', 'PAUSED', 'UNCHECKED', 'IN_PROGRESS']);
const OVERRIDE_STATUSES = [...new Set<string>([...INSTANCE_STATUSES, ...WORKFLOW_STATUSES])].filter((s) => !RUNNING.has(s)) as [string, ...string[]];

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
    const row = await loadInstance(deps.db, req.tenantId, req.params.id);
    if (!row) throw notFound('process instance', req.params.id);
    if (!row.completed_dtm && row.status !== 'REVIEW') {
      throw new ApiError(409, 'INSTANCE_NOT_FINISHED', `instance ${row.id} is ${row.status}: a status can be overridden once the workflow has finished`);
    }
    const asInstance = (INSTANCE_STATUSES as readonly string[]).includes(req.body.status);
    const wfStatus = asInstance
      ? workflowStatusForInstanceStatus(req.body.status as InstanceStatus, row.wf_status as WorkflowStatus)
      : (req.body.status as WorkflowStatus);
    const status = asInstance ? (req.body.status as InstanceStatus) : instanceStatusFor({ executionState: 'COMPLETED', status: wfStatus });
    // Four-eyes: a covered override becomes a proposal that another reviewer decides.
    const proposal = await proposeOverrideIfRequired(deps.db, req.tenantId, { instance: { id: row.id, status: row.status, wfStatus: row.wf_status }, to: { status, wfStatus }, comment: req.body.comment, actor: req.actor, requestId: req.id });
    if (proposal) return reply.status(202).send({ proposal });
    const updated = await overrideInstanceStatus(deps.db, req.tenantId, row.id, { status, wfStatus, by: req.actor, requestId: req.id, comment: req.body.comment });
    await appendAudit(deps.db, {
      tenantId: req.tenantId,
      actor: req.actor,
      action: 'instance.status_override',
      targetType: 'process_instance',
      targetId: row.id,
      requestId: req.id,
      details: { from: { status: row.status, workflowStatus: row.wf_status }, to: { status, workflowStatus: wfStatus }, result: row.wf_result, comment: req.body.comment ?? null },
    });
    return instanceHeader(updated!);
  });

  for (const action of ['pause', 'resume'] as const) {
    r.post(`/process-instances/:id/${action}`, { schema: { tags, summary: `${action === 'pause' ? 'Pause' : 'Resume'} a process instance`, params: idParams }, preValidation: requireRole('reviewer') }, async (req) => {
      const row = await loadInstance(deps.db, req.tenantId, req.params.id);
      if (!row) throw notFound('process instance', req.params.id);
      if (row.completed_dtm) throw new ApiError(409, 'INSTANCE_FINISHED', `instance ${row.id} has finished (${row.status}); only running instances can be paused or resumed`);
      if (action === 'resume' && !row.paused) throw new ApiError(409, 'INSTANCE_NOT_PAUSED', `instance ${row.id} is not paused`);
      const updated = await setPaused(deps.db, req.tenantId, row.id, action === 'pause');
      if (!updated) throw new ApiError(409, 'INSTANCE_FINISHED', `instance ${row.id} finished meanwhile`);
      await appendAudit(deps.db, { tenantId: req.tenantId, actor: req.actor, action: `instance.${action}`, targetType: 'process_instance', targetId: row.id, requestId: req.id });
      if (action === 'resume') deps.worker.notify();
      return instanceHeader(updated);
    });
  }

  r.delete('/process-instances/:id', { schema: { tags, summary: 'Delete a process instance with all its results, documents and images', params: idParams }, preValidation: requireRole('admin') }, async (req) => {
    const deleted = await deleteInstance(deps.db, req.tenantId, req.params.id);
    if (!deleted) throw notFound('process instance', req.params.id);
    await appendAudit(deps.db, { tenantId: req.tenantId, actor: req.actor, action: 'instance.delete', targetType: 'process_instance', targetId: req.params.id, requestId: req.id });
    return { deleted: true, id: req.params.id };
  });

  r.patch('/process-instances/:id/process-results/:proId', {
    schema: {
      tags,
      summary: "Resolve a process result object (e.g. an AML hit as TRUE_POSITIVE or FALSE_POSITIVE)",
      params: z.object({ id: z.string(), proId: z.string() }),
      body: z.object({ manualStatus: z.enum(PRO_MANUAL_STATUSES), comment: z.string().max(2000).optional() }),
    },
    preValidation: requireRole('reviewer'),
  }, async (req) => {
    const pro = await setProcessResultManualStatus(deps.db, req.tenantId, req.params.id, req.params.proId, req.body.manualStatus, req.actor);
    if (!pro) throw notFound('process result', req.params.proId);
    const contentHash = pro.supplementaryData?.contentHash;
    if (pro.class === 'AML' && (req.body.manualStatus === 'FALSE_POSITIVE' || req.body.manualStatus === 'TRUE_POSITIVE') && typeof contentHash === 'string') {
      // A false positive is not raised again for this entity unless the list entry changes.
      await recordResolution(deps.db, {
        tenantId: req.tenantId,
        entityId: pro.entityId,
        source: pro.providerResult.source ?? '',
        sourceId: pro.providerResult.reference ?? '',
        contentHash,
        resolution: req.body.manualStatus,
        processResultId: pro.processResultId,
        resolvedBy: req.actor,
      });
    }
    await appendAudit(deps.db, {
      tenantId: req.tenantId,
      actor: req.actor,
      action: 'process_result.resolve',
      targetType: 'process_result',
      targetId: req.params.proId,
      requestId: req.id,
      details: { instanceId: req.params.id, manualStatus: req.body.manualStatus, comment: req.body.comment ?? null },
    });
    return pro;
  });

  r.patch('/process-instances/:id/risk-factors/:factorId', {
    schema: {
      tags,
      summary: "Override a risk factor's score; the assessment's score and level are recomputed",
      params: z.object({ id: z.string(), factorId: z.string() }),
      body: z.object({ manualOverrideScore: z.number().finite().nullable(), comment: z.string().max(2000).optional() }),
    },
    preValidation: requireRole('reviewer'),
  }, async (req) => {
    const assessment = await overrideRiskFactor(deps.db, req.tenantId, req.params.id, req.params.factorId, req.body.manualOverrideScore, req.actor, req.id);
    await appendAudit(deps.db, {
      tenantId: req.tenantId,
      actor: req.actor,
      action: 'risk_factor.override',
      targetType: 'risk_factor',
      targetId: req.params.factorId,
      requestId: req.id,
      details: { instanceId: req.params.id, manualOverrideScore: req.body.manualOverrideScore, comment: req.body.comment ?? null },
    });
    return assessment;
  });
}
