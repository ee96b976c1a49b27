import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CANONICAL_COLUMNS, type CanonicalColumn } from '../../kyc/canonical-fields.js';
import { FieldError } from '../../kyc/canonical-fields.js';
import { readSourceFile, SOURCE_FORMATS } from '../../kyc/read-source-file.js';
import { deleteSource } from '../../kyc/sql/delete-source.js';
import { importSourceVersion } from '../../kyc/sql/import-source-version.js';
import { listSources } from '../../kyc/sql/list-sources.js';
import type { Db } from '../../store/db.js';
import { appendAudit } from '../../store/sql/append-audit.js';
import { requireRole } from '../auth.js';
import { ApiError, notFound } from '../errors.js';
import { parseInput } from '../validate.js';

/** Largest file content one import request may carry; larger files go through `idflow sources import`. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const sourceName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'use letters, digits, dot, dash and underscore (e.g. au-elec-roll)');
const nameParams = z.object({ name: sourceName }).strict();
const listQuery = z.object({ all: z.enum(['true', 'false']).default('false') }).strict();
const importBody = z
  .object({
    /** The data source to file the version under (created on its first import). */
    name: sourceName,
    format: z.enum(SOURCE_FORMATS),
    /** The file's text: CSV with a header, or JSONL. */
    content: z.string().min(1, 'give the file content').refine((s) => !s.includes('\u0000'), 'the content holds a NUL byte: send the text file as it is'),
    /** Other column names as { fileColumn: canonicalName }. */
    map: z.record(z.string().min(1), z.enum(CANONICAL_COLUMNS)).optional(),
    provider: z.string().trim().min(1).max(100).optional(),
    creditBureau: z.enum(['Equifax', 'Experian']).optional(),
    fileName: z.string().max(300).optional(),
  })
  .strict();

const tenantOf = (request: FastifyRequest): string => {
  if (!request.tenantId) throw new ApiError(401, 'UNAUTHENTICATED', 'no tenant on this request: send a valid API key');
  return request.tenantId;
};

const tags = ['kyc'];

/**
 * The tenant's KYC data sources under `/kyc/sources`: list them, import a version (one transaction with its
 * audit entry; the previous version stays in force if it fails), delete a source. Admins change them.
 */
export async function kycSourceRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const { db } = deps;

  app.get('/kyc/sources', { schema: { tags, summary: 'Data sources with their active version (every version with all=true)' } }, async (request) => {
    const query = parseInput(listQuery, request.query, 'query');
    return { sources: await listSources(db, tenantOf(request), { versions: query.all === 'true' }) };
  });

  app.post('/kyc/sources', {
    schema: { tags, summary: 'Import a CSV or JSONL file as a new version of a data source' },
    preValidation: requireRole('admin'),
    bodyLimit: MAX_IMPORT_BYTES,
  }, async (request, reply) => {
    const tenantId = tenantOf(request);
    const body = parseInput(importBody, request.body, 'body');
    const name = body.name;
    let parsed;
    try {
      parsed = await readSourceFile(body.content, { format: body.format, map: body.map ? new Map(Object.entries(body.map) as Array<[string, CanonicalColumn]>) : undefined });
    } catch (err) {
      if (err instanceof FieldError) throw new ApiError(422, 'KYC_SOURCE_FILE', `body.content: ${err.message}`);
      throw err;
    }
    if (parsed.records.length === 0) throw new ApiError(422, 'KYC_SOURCE_EMPTY', `body.content has no valid record (${parsed.problems.length} bad rows, e.g. ${parsed.problems[0]?.message ?? 'none'}): fix the rows and import again`);
    const outcome = await db.transaction(async (tx) => {
      const o = await importSourceVersion(tx, { tenantId, source: name, provider: body.provider, creditBureau: body.creditBureau, format: parsed.format, sha256: parsed.sha256, fileName: body.fileName, records: parsed.records, problems: parsed.problems });
      if (o.status === 'imported') {
        await appendAudit(tx, {
          tenantId, actor: request.actor, action: 'kyc.source_import', targetType: 'kyc_source', targetId: name, requestId: request.id,
          details: { versionId: o.version.id, sha256: o.version.sha256, records: o.version.counts.records, problems: o.version.counts.problems, diff: o.version.diff },
        });
      }
      return o;
    });
    reply.code(outcome.status === 'imported' ? 201 : 200);
    return { status: outcome.status, version: outcome.version, problems: parsed.problems.slice(0, 100) };
  });

  app.delete('/kyc/sources/:name', { schema: { tags, summary: 'Delete a data source with all its versions' }, preValidation: requireRole('admin') }, async (request, reply) => {
    const tenantId = tenantOf(request);
    const { name } = parseInput(nameParams, request.params, 'params');
    const done = await db.transaction(async (tx) => {
      const d = await deleteSource(tx, tenantId, name);
      if (d.deleted) await appendAudit(tx, { tenantId, actor: request.actor, action: 'kyc.source_delete', targetType: 'kyc_source', targetId: name, requestId: request.id, details: { versions: d.versions } });
      return d;
    });
    if (!done.deleted) throw notFound('data source', name);
    reply.code(204);
  });
}
