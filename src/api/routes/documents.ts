import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DOCUMENT_STATUS, DOCUMENT_STATUSES, type DocumentStatus } from '../../domain/vocabulary.js';
import { IMAGE_KINDS, ImageRejected } from '../../documents/images.js';
import { resumeInstanceForDocument } from '../../documents/resume-instance.js';
import { getDocument, listDocuments, listImages, loadImage } from '../../documents/sql/find-documents.js';
import { toDocumentRecord, type DocumentRow } from '../../documents/sql/rows.js';
import { setAuditorStatus, setOperatorStatus } from '../../documents/sql/set-document-status.js';
import { documentSubmissionSchema } from '../../documents/submission.js';
import { decodeImages, submitDocument } from '../../documents/submit-document.js';
import type { StepServices } from '../../engine/step-type.js';
import { parseMrz } from '../../mrz/index.js';
import type { Db } from '../../store/db.js';
import { appendAudit } from '../../store/sql/append-audit.js';
import { loadInstance } from '../../store/sql/load-instance.js';
import { requireRole } from '../auth.js';
import { ApiError, notFound } from '../errors.js';
import { asSeenBy, assertMayViewImages } from '../instance-privacy.js';
import { parseInput } from '../validate.js';

/** Three images of at most 10 MB each, base64-encoded, plus the rest of the body. */
const SUBMISSION_BODY_LIMIT = 42 * 1024 * 1024;

const mrzBody = z
  .object({
    lines: z.union([z.array(z.string().max(100)).max(3), z.string().max(300)]),
    referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, YYYY-MM-DD').optional(),
  })
  .strict();

const statusBody = z
  .object({
    status: z.union([z.enum(DOCUMENT_STATUSES as [DocumentStatus, ...DocumentStatus[]]), z.number().int().min(0).max(5)]),
    message: z.string().max(4000).nullable().optional(),
    notes: z.string().max(4000).optional(),
  })
  .strict();


const statusName = (s: DocumentStatus | number): DocumentStatus => (typeof s === 'number' ? DOCUMENT_STATUSES[s] : s);

async function recordWithImages(db: Db, tenantId: string, row: DocumentRow) {
  return { ...toDocumentRecord(row), Images: await listImages(db, tenantId, row.id) };
}

/**
 * Identity documents: the MRZ parser, documents submitted to an instance (stored with their images after
 * the IDV checks), and the operator's and auditor's statuses. Paths are relative to /api/v1.
 */
export async function documentRoutes(app: FastifyInstance, deps: { db: Db; services: StepServices }): Promise<void> {
  const { db } = deps;
  const tags = ['documents'];

  app.post('/documents/mrz', { schema: { tags, summary: 'Parse and validate an MRZ (ICAO 9303 and French/Swiss formats)' } }, async (req) => {
    const body = parseInput(mrzBody, req.body, 'body');
    return parseMrz(body.lines, { referenceDate: body.referenceDate ? new Date(`${body.referenceDate}T00:00:00Z`) : undefined });
  });

  app.post<{ Params: { id: string } }>(
    '/process-instances/:id/documents',
    { bodyLimit: SUBMISSION_BODY_LIMIT, preValidation: requireRole('reviewer'), schema: { tags, summary: 'Submit an identity document (MRZ, visual-zone fields, base64 images) to an instance' } },
    async (req, reply) => {
      const submission = parseInput(documentSubmissionSchema, req.body, 'body');
      const instance = await loadInstance(db, req.tenantId, req.params.id);
      if (!instance) throw notFound('process instance', req.params.id);
      if (instance.completed_dtm) throw new ApiError(409, 'INSTANCE_COMPLETED', `process instance ${instance.id} is completed: start a new instance to submit another document`);
      let images;
      try {
        images = decodeImages(submission.images);
      } catch (err) {
        if (!(err instanceof ImageRejected)) throw err;
        const status = err.code === 'IMAGE_TOO_LARGE' ? 413 : err.code === 'IMAGE_TYPE_NOT_ALLOWED' ? 415 : 422;
        throw new ApiError(status, err.code, err.message);
      }
      const row = await submitDocument(db, req.tenantId, instance.id, submission, images);
      await appendAudit(db, { tenantId: req.tenantId, actor: req.actor, action: 'document.submit', targetType: 'document', targetId: row.id, requestId: req.id, details: { instanceId: instance.id } });
      const resumed = await resumeInstanceForDocument(db, req.tenantId, instance.id);
      reply.code(201);
      return { ...(await recordWithImages(db, req.tenantId, row)), instanceResumed: resumed };
    },
  );

  app.get<{ Params: { id: string } }>('/process-instances/:id/documents', { schema: { tags, summary: "An instance's documents, newest first" } }, async (req) => {
    const instance = await loadInstance(db, req.tenantId, req.params.id);
    if (!instance) throw notFound('process instance', req.params.id);
    const rows = await listDocuments(db, req.tenantId, instance.id);
    return asSeenBy(db, req, instance.id, { documents: await Promise.all(rows.map((r) => recordWithImages(db, req.tenantId, r))) });
  });

  app.get<{ Params: { id: string; docId: string } }>('/process-instances/:id/documents/:docId', { schema: { tags, summary: 'One document' } }, async (req) => {
    const row = await getDocument(db, req.tenantId, req.params.id, req.params.docId);
    if (!row) throw notFound('document', req.params.docId);
    return asSeenBy(db, req, row.instance_id, await recordWithImages(db, req.tenantId, row));
  });

  app.get<{ Params: { id: string; docId: string; kind: string } }>('/process-instances/:id/documents/:docId/images/:kind', { schema: { tags, summary: 'A document image (FRONT.Cropped, FRONT.Uncropped, portrait)' } }, async (req, reply) => {
    if (!(IMAGE_KINDS as readonly string[]).includes(req.params.kind)) throw new ApiError(400, 'VALIDATION_FAILED', `image kind must be one of ${IMAGE_KINDS.join(', ')}`);
    const row = await getDocument(db, req.tenantId, req.params.id, req.params.docId);
    const image = row && (await loadImage(db, req.tenantId, row.id, req.params.kind));
    if (!image) throw notFound('document image', `${req.params.docId}/${req.params.kind}`);
    await assertMayViewImages(db, req, row.instance_id);
    return reply.type(image.contentType).send(Buffer.from(image.data));
  });

  for (const role of ['operator', 'auditor'] as const) {
    app.patch<{ Params: { id: string; docId: string } }>(
      `/process-instances/:id/documents/:docId/${role}`,
      { preValidation: requireRole('reviewer'), schema: { tags, summary: `Set the document's ${role} status and message (audited)` } },
      async (req) => {
        const body = parseInput(statusBody, req.body, 'body');
        const status = statusName(body.status);
        const row = await getDocument(db, req.tenantId, req.params.id, req.params.docId);
        if (!row) throw notFound('document', req.params.docId);
        const updated =
          role === 'operator'
            ? await setOperatorStatus(db, req.tenantId, row.id, status, body.message ?? null, body.notes)
            : await setAuditorStatus(db, req.tenantId, row.id, status, body.message ?? null, req.actor);
        if (!updated) throw notFound('document', req.params.docId);
        await appendAudit(db, {
          tenantId: req.tenantId,
          actor: req.actor,
          action: `document.${role}_status`,
          targetType: 'document',
          targetId: row.id,
          requestId: req.id,
          details: { instanceId: row.instance_id, status, code: DOCUMENT_STATUS[status], message: body.message ?? null },
        });
        return recordWithImages(db, req.tenantId, updated);
      },
    );
  }
}
