import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StepServices } from '../../engine/step-type.js';
import { countryCode } from '../../screening/lists/countries.js';
import { listDisplayName } from '../../screening/lists/list-names.js';
import { DEFAULT_THRESHOLD, screenName } from '../../screening/matcher.js';
import { listVersions } from '../../screening/store/list-versions.js';
import { listAlerts, resolveAlert } from '../../screening/store/monitoring-alerts.js';
import { appendAudit } from '../../store/sql/append-audit.js';
import { entitySourcesFor } from '../../steps/aml/screen-subject.js';
import type { Db } from '../../store/db.js';
import { LIST_CATEGORIES } from '../../screening/types.js';
import { requireRole } from '../auth.js';
import { screeningListImportRoute } from './screening-list-import.js';
import { ApiError, notFound } from '../errors.js';

const entityType = z.enum(['person', 'organization', 'vessel', 'aircraft']);
const threshold = z.number().min(0.5).max(1);

const searchBody = z
  .object({
    name: z.string().trim().min(1).max(300),
    type: entityType.optional(),
    dateOfBirth: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, 'write YYYY or YYYY-MM-DD').optional(),
    country: z.string().trim().min(2).max(100).optional(),
    gender: z.enum(['male', 'female']).optional(),
    lists: z.array(z.string().trim().min(1)).min(1).optional(),
    /** What to screen for; every category when left out. */
    categories: z.array(z.enum(LIST_CATEGORIES)).min(1).optional(),
    includeNonTargets: z.boolean().optional(),
    threshold: threshold.optional(),
    limit: z.number().int().min(1).max(100).default(10),
  })
  .strict();

const compareBody = z
  .object({ name1: z.string().trim().min(1).max(300), name2: z.string().trim().min(1).max(300), type: entityType.optional(), threshold: threshold.optional() })
  .strict();

const listsQuery = z.object({ all: z.enum(['true', 'false']).default('false') }).strict();
const alertsQuery = z
  .object({ status: z.enum(['OPEN', 'RESOLVED']).optional(), entityId: z.string().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) })
  .strict();

const alertParams = z.object({ id: z.string().min(1).max(100) });
const resolveAlertBody = z.object({ resolution: z.enum(['TRUE_POSITIVE', 'FALSE_POSITIVE']), comment: z.string().max(2000).optional() }).strict();

/** Sanctions screening: search one name, compare two, the imported lists and monitoring alerts, under /api/v1/screening. */
export async function screeningRoutes(app: FastifyInstance, deps: { db: Db; services: StepServices }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['screening'];
  await screeningListImportRoute(app, deps);
  const service = () => {
    return deps.services.screening;
  };

  r.post('/screening/search', { schema: { tags, summary: 'Screen one name against the imported sanctions lists', body: searchBody } }, async (req) => {
    const body = req.body;
    const view = await service().current();
    if (view.versions.length === 0) throw new ApiError(409, 'SCREENING_LISTS_EMPTY', 'no sanctions list is imported: run idflow lists import <file-or-dir>');
    const loaded = view.versions.map((v) => v.source);
    const missing = (body.lists ?? []).filter((l) => !loaded.includes(l));
    if (missing.length) throw new ApiError(400, 'LIST_NOT_LOADED', `body.lists: ${missing.join(', ')} not imported (loaded: ${loaded.join(', ')})`);
    const country = body.country ? countryCode(body.country) : undefined;
    if (body.country && !country) throw new ApiError(400, 'VALIDATION_FAILED', `body.country: "${body.country}" is not a country: give an ISO 3166-1 alpha-2 or alpha-3 code or a country name`);
    const hits = screenName(view.index, {
      name: body.name,
      type: body.type,
      dob: body.dateOfBirth,
      country,
      gender: body.gender,
      threshold: body.threshold,
      sources: entitySourcesFor(view, body.lists),
      categories: body.categories,
      includeNonTargets: body.includeNonTargets,
      limit: body.limit,
    });
    const sourceOf = new Map(view.versions.map((v) => [v.id, v.source]));
    return {
      threshold: body.threshold ?? DEFAULT_THRESHOLD,
      matches: hits.map((h) => {
        const listVersion = view.versionBySource.get(h.source) ?? '';
        return { ...h, listName: listDisplayName(sourceOf.get(listVersion) ?? h.source), listVersion };
      }),
      listVersions: view.versions.filter((v) => !body.lists || body.lists.includes(v.source)),
    };
  });

  r.post('/screening/compare', { schema: { tags, summary: 'Compare two names with the screening scorer', body: compareBody } }, async (req) => {
    const { name1, name2, type, threshold: t } = req.body;
    // With lists loaded, name parts are weighted by how common they are in them; without, equally.
    return deps.services.screening.compare(name1, name2, { type, threshold: t });
  });

  r.get('/screening/lists', { schema: { tags, summary: 'Imported list versions (active ones unless all=true)', querystring: listsQuery } }, async (req) => {
    const versions = await listVersions(deps.db, { activeOnly: req.query.all !== 'true' });
    return { lists: versions.map((v) => ({ ...v, name: listDisplayName(v.source) })) };
  });

  r.get('/screening/alerts', { schema: { tags, summary: "Ongoing monitoring's new hits on the tenant's monitored entities", querystring: alertsQuery } }, async (req) => {
    const tenantId = (req as { tenantId?: string }).tenantId;
    if (!tenantId) throw new ApiError(401, 'UNAUTHENTICATED', 'no tenant on this request: send a valid API key');
    return { alerts: await listAlerts(deps.db, tenantId, req.query) };
  });

  r.patch('/screening/alerts/:id', {
    schema: { tags, summary: 'Resolve a monitoring alert as a true or false positive (a false positive is not raised again while the entry is unchanged)', params: alertParams, body: resolveAlertBody },
    preValidation: requireRole('reviewer'),
  }, async (req) => {
    const result = await resolveAlert(deps.db, req.tenantId, req.params.id, req.body.resolution, req.actor, req.body.comment);
    if ('error' in result) {
      if (result.error === 'not-found') throw notFound('monitoring alert', req.params.id);
      throw new ApiError(409, 'ALERT_ALREADY_RESOLVED', `monitoring alert ${req.params.id} is already resolved: see GET /api/v1/screening/alerts?status=RESOLVED`);
    }
    await appendAudit(deps.db, {
      tenantId: req.tenantId,
      actor: req.actor,
      action: 'screening.alert_resolve',
      targetType: 'monitoring_alert',
      targetId: req.params.id,
      requestId: req.id,
      details: { entityId: result.alert.entityId, source: result.alert.source, sourceId: result.alert.sourceId, resolution: req.body.resolution, comment: req.body.comment ?? null },
    });
    return result.alert;
  });
}
