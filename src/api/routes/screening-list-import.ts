import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importList } from '../../instances/import-list.js';
import { parseColumnMap } from '../../screening/lists/csv-list.js';
import { LIST_NAME_PATTERN } from '../../screening/lists/list-name.js';
import { LIST_FORMATS, ListFormatError } from '../../screening/lists/parse-result.js';
import { readListBytes } from '../../screening/lists/read-list.js';
import { rescreenMonitored } from '../../instances/rescreen-monitored.js';
import { ImportRefusedError } from '../../screening/store/import-refused.js';
import type { StepServices } from '../../engine/step-type.js';
import type { Db } from '../../store/db.js';
import { appendAudit } from '../../store/sql/append-audit.js';
import { requireRole } from '../auth.js';
import { ApiError } from '../errors.js';

/** The largest list file accepted over HTTP (the OpenSanctions sanctions export is about 150 MB). */
export const LIST_UPLOAD_LIMIT = 256 * 1024 * 1024;
const PROBLEMS_SHOWN = 20;

/** The raw upload, handed to the route as a stream (and shown to the idempotency hash as its length header only). */
class Upload {
  constructor(
    readonly stream: AsyncIterable<Buffer>,
    readonly length: string | undefined,
  ) {}
  toJSON() {
    return { upload: this.length ?? 'unknown length' };
  }
}

const params = z.object({ name: z.string().regex(LIST_NAME_PATTERN, 'a list name: 1 to 64 letters, digits, ".", "-" or "_"') });
const query = z
  .object({
    format: z.enum(LIST_FORMATS).optional(),
    fileName: z.string().trim().min(1).max(255).optional(),
    allowShrink: z.enum(['true', 'false']).default('false'),
    maxShrink: z.coerce.number().min(0).max(100).optional(),
    monitor: z.enum(['true', 'false']).default('true'),
    map: z.string().trim().min(1).max(1000).optional(),
  })
  .strict();

async function readUpload(upload: Upload, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of upload.stream) {
    size += chunk.length;
    if (size > limit) throw new ApiError(413, 'LIST_FILE_TOO_LARGE', `the list file is larger than ${limit / 1024 / 1024} MB: import it with idflow lists import on the server`);
    chunks.push(chunk);
  }
  if (size === 0) throw new ApiError(400, 'LIST_FILE_EMPTY', 'send the list file as the request body (Content-Type: application/octet-stream)');
  return Buffer.concat(chunks, size);
}

/**
 * `POST /screening/lists/{name}/versions`: imports a list file sent as the raw request body as the new version of
 * list `name` (admin), with the same checks as `idflow lists import`, so a running server refreshes its lists.
 */
export async function screeningListImportRoute(app: FastifyInstance, deps: { db: Db; services: StepServices }): Promise<void> {
  await app.register(async (scope) => {
    // The body is the file itself (octet-stream, gzip, CSV, XML, a spreadsheet…): stream it to the handler instead of
    // parsing it. JSON bodies still parse as JSON and are refused below; plain text is refused as everywhere else.
    scope.removeContentTypeParser(['application/xml', 'text/xml']);
    scope.addContentTypeParser('*', (req, payload, done) => {
      if (/^text\/plain\b/i.test(req.headers['content-type'] ?? '')) {
        done(new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the list file as application/octet-stream (or text/csv, application/gzip, its spreadsheet type)'));
        return;
      }
      done(null, new Upload(payload, req.headers['content-length']));
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post('/screening/lists/:name/versions', {
      schema: {
        tags: ['screening'],
        summary: 'Import a list file (the raw body) as a new version of a list; refused if it is empty or would remove more than maxShrink % of the active version',
        params,
        querystring: query,
      },
      preValidation: requireRole('admin'),
    }, async (req, reply) => {
      if (!(req.body instanceof Upload)) {
        throw new ApiError(400, 'LIST_FILE_EXPECTED', 'send the list file itself as the request body with Content-Type: application/octet-stream (a JSON lines file is not one JSON document)');
      }
      const bytes = await readUpload(req.body, LIST_UPLOAD_LIMIT);
      const q = req.query;
      let input;
      try {
        input = await readListBytes(q.fileName ?? req.params.name, bytes, {
          format: q.format,
          source: req.params.name,
          ...(q.map ? { columns: parseColumnMap(q.map) } : {}),
        });
      } catch (err) {
        if (err instanceof ListFormatError) throw new ApiError(422, err.code, err.message.replace(/--format/g, 'the format query parameter'));
        throw err;
      }
      const outcome = await deps.db
        .transaction(async (tx) => {
          const imported = await importList(tx, input, {
            allowShrink: q.allowShrink === 'true',
            ...(q.maxShrink !== undefined ? { maxShrink: q.maxShrink / 100 } : {}),
            monitor: false,
          });
          if (imported.status === 'imported') {
            const v = imported.version;
            await appendAudit(tx, {
              tenantId: req.tenantId, actor: req.actor, action: 'screening.list_import', targetType: 'list_version', targetId: v.id, requestId: req.id,
              details: { list: v.source, format: v.format, sha256: v.sha256, entities: v.counts.entities, diff: v.diff, previousVersionId: v.previousVersionId ?? null },
            });
          }
          return imported;
        })
        .catch((err: unknown) => {
          if (err instanceof ImportRefusedError) throw new ApiError(409, err.code, err.message.replace(/pass --allow-shrink/, 'send allowShrink=true'), err.details);
          throw err;
        });
      // This server screens against the new version before it answers (other processes follow its notification).
      if (outcome.status === 'imported') await deps.services.screening.refresh();
      const monitoring = outcome.status === 'imported' && q.monitor === 'true' ? await rescreenMonitored(deps.db, outcome.version.id) : undefined;
      reply.status(outcome.status === 'imported' ? 201 : 200);
      return {
        status: outcome.status,
        version: outcome.version,
        problems: input.parsed.problems.slice(0, PROBLEMS_SHOWN),
        ...(monitoring ? { monitoring: { changedEntries: monitoring.changedEntries, monitoredEntities: monitoring.monitoredEntities, alerts: monitoring.alerts.length } } : {}),
      };
    });
  });
}
