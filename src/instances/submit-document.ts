import { IdflowError, notFound, type FailureKind } from '../domain/index.js';
import { ImageRejected } from '../documents/images.js';
import { resumeInstanceForDocument } from '../documents/resume-instance.js';
import { listImages, type ImageInfo } from '../documents/sql/find-documents.js';
import { toDocumentRecord, type DocumentRecord } from '../documents/sql/rows.js';
import type { DocumentSubmission } from '../documents/submission.js';
import { decodeImages, submitDocument as storeDocument } from '../documents/submit-document.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { loadInstance } from '../store/sql/load-instance.js';
import type { Caller, InstanceDeps } from './caller.js';

const IMAGE_FAILURE: Record<ImageRejected['code'], FailureKind> = {
  IMAGE_TOO_LARGE: 'too_large',
  IMAGE_TYPE_NOT_ALLOWED: 'unsupported',
  IMAGE_UNREADABLE: 'unprocessable',
  IMAGE_EMPTY: 'unprocessable',
};

/**
 * An identity document arrives for a running instance: its images are checked, the IDV checks run, and the
 * document, its images, the audit entry and the wake-up of an instance waiting for it are written in one
 * transaction. Returns the TrustID document record and whether the instance was waiting.
 */
export async function submitDocument(
  deps: InstanceDeps,
  caller: Caller,
  instanceId: string,
  submission: DocumentSubmission,
): Promise<DocumentRecord & { Images: ImageInfo[]; instanceResumed: boolean }> {
  const instance = await loadInstance(deps.db, caller.tenantId, instanceId);
  if (!instance) throw notFound('process instance', instanceId);
  if (instance.completed_dtm) throw new IdflowError('conflict', 'INSTANCE_COMPLETED', `process instance ${instance.id} is completed: start a new instance to submit another document`);
  let images;
  try {
    images = decodeImages(submission.images);
  } catch (err) {
    if (!(err instanceof ImageRejected)) throw err;
    throw new IdflowError(IMAGE_FAILURE[err.code], err.code, err.message);
  }
  const stored = await deps.db.transaction(async (tx) => {
    const row = await storeDocument(tx, caller.tenantId, instance.id, submission, images);
    await appendAudit(tx, { tenantId: caller.tenantId, actor: caller.actor, action: 'document.submit', targetType: 'document', targetId: row.id, requestId: caller.requestId, details: { instanceId: instance.id } });
    const resumed = await resumeInstanceForDocument(tx, caller.tenantId, instance.id);
    return { row, resumed };
  });
  if (stored.resumed) deps.worker.notify();
  return { ...toDocumentRecord(stored.row), Images: await listImages(deps.db, caller.tenantId, stored.row.id), instanceResumed: stored.resumed };
}
