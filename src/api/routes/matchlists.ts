import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../store/db.js';
import { ApiError, notFound } from '../errors.js';
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

// The lead's auth hook sets the tenant on the request; this accessor is where its typed form goes.
const tenantOf = (request: FastifyRequest): string => {
  const tenantId = (request as any).tenantId as string | undefined;
  if (!tenantId) throw new ApiError(401, 'UNAUTHENTICATED', 'no tenant on this request: send a valid API key');
  return tenantId;
};

/** Parses with zod, answering 400 with the first problem and the field it is in. */
function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  throw new ApiError(400, 'VALIDATION_FAILED', `${where}${path}: ${issue.message}`);
}

const view = ({ tenantId: _tenantId, ...list }: Matchlist) => list;

/** The tenant's matchlists and their entries, under /api/v1/matchlists. */
export async function matchlistRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const { db } = deps;

  const ownList = async (tenantId: string, id: string) => {
    const list = await getMatchlist(db, tenantId, id);
    if (!list) throw notFound('matchlist', id);
    return list;
  };

  app.post('/api/v1/matchlists', async (request, reply) => {
    const body = parse(createListBody, request.body, 'body');
    const list = await createMatchlist(db, tenantOf(request), body);
    if (!list) {
      throw new ApiError(409, 'DUPLICATE_NAME', `a matchlist named "${body.name}" already exists: choose another name or add entries to that list`);
    }
    reply.code(201);
    return { ...view(list), entryCount: 0 };
  });

  app.get('/api/v1/matchlists', async (request) => {
    const lists = await listMatchlists(db, tenantOf(request));
    return { matchlists: lists.map((l) => ({ ...view(l), entryCount: l.entryCount })) };
  });

  app.get<{ Params: { matchlistId: string } }>('/api/v1/matchlists/:matchlistId', async (request) => {
    const tenantId = tenantOf(request);
    const page = parse(pageQuery, request.query, 'query');
    const list = await ownList(tenantId, request.params.matchlistId);
    const { entries, nextCursor } = await listEntries(db, tenantId, list.id, page);
    return { ...view(list), entries, nextCursor };
  });

  app.delete<{ Params: { matchlistId: string } }>('/api/v1/matchlists/:matchlistId', async (request, reply) => {
    const { matchlistId } = request.params;
    if (!(await deleteMatchlist(db, tenantOf(request), matchlistId))) throw notFound('matchlist', matchlistId);
    reply.code(204);
  });

  app.post<{ Params: { matchlistId: string } }>('/api/v1/matchlists/:matchlistId/entries', async (request, reply) => {
    const tenantId = tenantOf(request);
    const body = parse(addEntriesBody, request.body, 'body');
    const prepared: NewEntry[] = body.entries.map((input, i) => {
      const r = prepareEntry(input);
      if ('field' in r) throw new ApiError(422, 'VALIDATION_FAILED', `body.entries[${i}].${r.field}: ${r.problem}`);
      return r.entry;
    });
    const list = await ownList(tenantId, request.params.matchlistId);
    const added = await insertEntries(db, tenantId, list.id, prepared);
    reply.code(201);
    return { added: added.length, skippedDuplicates: prepared.length - added.length, entries: added };
  });

  app.delete<{ Params: { matchlistId: string; entryId: string } }>(
    '/api/v1/matchlists/:matchlistId/entries/:entryId',
    async (request, reply) => {
      const tenantId = tenantOf(request);
      const { matchlistId, entryId } = request.params;
      await ownList(tenantId, matchlistId);
      if (!(await deleteEntry(db, tenantId, matchlistId, entryId))) throw notFound('matchlist entry', entryId);
      reply.code(204);
    },
  );
}
