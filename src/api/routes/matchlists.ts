import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../store/db.js';
import { appendAudit } from '../../store/sql/append-audit.js';
import { requireRole } from '../auth.js';
import { ApiError, notFound } from '../errors.js';
import { parseInput } from '../validate.js';
import { createMatchlist } from '../../matchlists/sql/create-matchlist.js';
import { deleteEntry } from '../../matchlists/sql/delete-entry.js';
import { deleteMatchlist } from '../../matchlists/sql/delete-matchlist.js';
import { getMatchlist } from '../../matchlists/sql/get-matchlist.js';
import { insertEntries, type NewEntry } from '../../matchlists/sql/insert-entries.js';
import { listEntries } from '../../matchlists/sql/list-entries.js';
import { listMatchlists } from '../../matchlists/sql/list-matchlists.js';
import { MATCHLIST_KINDS, type Matchlist } from '../../matchlists/types.js';
import { entryInputSchema, prepareEntry } from '../../matchlists/validate-entry.js';

/** Most entries one request may add. */
export const MAX_ENTRIES_PER_REQUEST = 5000;

const createListBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(MATCHLIST_KINDS),
    description: z.string().max(2000).optional(),
  })
  .strict();

const addEntriesBody = z
  .object({
    entries: z
      .array(entryInputSchema)
      .min(1, 'give at least one entry')
      .max(MAX_ENTRIES_PER_REQUEST, `at most ${MAX_ENTRIES_PER_REQUEST} entries per request: send them in batches`),
  })
  .strict();

const pageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    after: z.string().min(1).optional(),
  })
  .strict();

/** The caller's tenant, set by the auth hook. */
const tenantOf = (request: FastifyRequest): string => {
  if (!request.tenantId) throw new ApiError(401, 'UNAUTHENTICATED', 'no tenant on this request: send a valid API key');
  return request.tenantId;
};


const view = ({ tenantId: _tenantId, ...list }: Matchlist) => list;

const tags = ['matchlists'];

/**
 * The tenant's matchlists and their entries: `/matchlists` under the API's `/api/v1` prefix.
 * Anyone may read; a reviewer may add and remove entries; an admin creates and deletes lists.
 * Every change is written to the audit log.
 */
export async function matchlistRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const { db } = deps;
  const audit = (request: FastifyRequest, action: string, targetId: string, details?: Record<string, unknown>) =>
    appendAudit(db, { tenantId: tenantOf(request), actor: request.actor, action, targetType: 'matchlist', targetId, requestId: request.id, details });

  const ownList = async (tenantId: string, id: string) => {
    const list = await getMatchlist(db, tenantId, id);
    if (!list) throw notFound('matchlist', id);
    return list;
  };

  app.post('/matchlists', { schema: { tags, summary: 'Create a block or allow list' }, preValidation: requireRole('admin') }, async (request, reply) => {
    const body = parseInput(createListBody, request.body, 'body');
    const list = await createMatchlist(db, tenantOf(request), body);
    if (!list) {
      throw new ApiError(409, 'DUPLICATE_NAME', `a matchlist named "${body.name}" already exists: choose another name or add entries to that list`);
    }
    await audit(request, 'matchlist.create', list.id, { name: list.name, kind: list.kind });
    reply.code(201);
    return { ...view(list), entryCount: 0 };
  });

  app.get('/matchlists', { schema: { tags, summary: "The tenant's lists with their entry counts" } }, async (request) => {
    const lists = await listMatchlists(db, tenantOf(request));
    return { matchlists: lists.map((l) => ({ ...view(l), entryCount: l.entryCount })) };
  });

  const getList = { tags, summary: 'A list with a page of its entries (limit, after = nextCursor)' };
  app.get<{ Params: { matchlistId: string } }>('/matchlists/:matchlistId', { schema: getList }, async (request) => {
    const tenantId = tenantOf(request);
    const page = parseInput(pageQuery, request.query, 'query');
    const list = await ownList(tenantId, request.params.matchlistId);
    const { entries, nextCursor } = await listEntries(db, tenantId, list.id, page);
    return { ...view(list), entries, nextCursor };
  });

  const deleteList = { schema: { tags, summary: 'Delete a list and its entries' }, preValidation: requireRole('admin') };
  app.delete<{ Params: { matchlistId: string } }>('/matchlists/:matchlistId', deleteList, async (request, reply) => {
    const { matchlistId } = request.params;
    if (!(await deleteMatchlist(db, tenantOf(request), matchlistId))) throw notFound('matchlist', matchlistId);
    await audit(request, 'matchlist.delete', matchlistId);
    reply.code(204);
  });

  const addEntries = {
    schema: { tags, summary: `Add up to ${MAX_ENTRIES_PER_REQUEST} entries; entries the list already holds are skipped` },
    preValidation: requireRole('reviewer'),
  };
  app.post<{ Params: { matchlistId: string } }>('/matchlists/:matchlistId/entries', addEntries, async (request, reply) => {
    const tenantId = tenantOf(request);
    const body = parseInput(addEntriesBody, request.body, 'body');
    const prepared: NewEntry[] = body.entries.map((input, i) => {
      const r = prepareEntry(input);
      if ('field' in r) throw new ApiError(422, 'VALIDATION_FAILED', `body.entries[${i}].${r.field}: ${r.problem}`);
      return r.entry;
    });
    const list = await ownList(tenantId, request.params.matchlistId);
    const added = await insertEntries(db, tenantId, list.id, prepared);
    await audit(request, 'matchlist.entries.add', list.id, { added: added.length, entryIds: added.map((e) => e.id).slice(0, 100) });
    reply.code(201);
    return { added: added.length, skippedDuplicates: prepared.length - added.length, entries: added };
  });

  app.delete<{ Params: { matchlistId: string; entryId: string } }>(
    '/matchlists/:matchlistId/entries/:entryId',
    { schema: { tags, summary: 'Remove one entry from a list' }, preValidation: requireRole('reviewer') },
    async (request, reply) => {
      const tenantId = tenantOf(request);
      const { matchlistId, entryId } = request.params;
      await ownList(tenantId, matchlistId);
      if (!(await deleteEntry(db, tenantId, matchlistId, entryId))) throw notFound('matchlist entry', entryId);
      await audit(request, 'matchlist.entry.delete', matchlistId, { entryId });
      reply.code(204);
    },
  );
}
