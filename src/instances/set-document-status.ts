import { notFound } from '../domain/index.js';
import { DOCUMENT_STATUS, type DocumentStatus } from '../domain/vocabulary.js';
import { getDocument, listImages, type ImageInfo } from '../documents/sql/find-documents.js';
import { toDocumentRecord, type DocumentRecord } from '../documents/sql/rows.js';
import { setAuditorStatus, setOperatorStatus } from '../documents/sql/set-document-status.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import type { Caller } from './caller.js';

/** The operator's or the auditor's status and message on a document (TrustID), audited in the same transaction. */
export async function setDocumentStatus(
  db: Db,
  caller: Caller,
  ref: { instanceId: string; documentId: string },
  role: 'operator' | 'auditor',
  change: { status: DocumentStatus; message: string | null; notes?: string },
): Promise<DocumentRecord & { Images: ImageInfo[] }> {
  const updated = await db.transaction(async (tx) => {
    const row = await getDocument(tx, caller.tenantId, ref.instanceId, ref.documentId);
    if (!row) throw notFound('document', ref.documentId);
    const next =
      role === 'operator'
        ? await setOperatorStatus(tx, caller.tenantId, row.id, change.status, change.message, change.notes)
        : await setAuditorStatus(tx, caller.tenantId, row.id, change.status, change.message, caller.actor);
    if (!next) throw notFound('document', ref.documentId);
    await appendAudit(tx, {
      tenantId: caller.tenantId,
      actor: caller.actor,
      action: `document.${role}_status`,
      targetType: 'document',
      targetId: row.id,
      requestId: caller.requestId,
      details: { instanceId: row.instance_id, status: change.status, code: DOCUMENT_STATUS[change.status], message: change.message },
    });
    return next;
  });
  return { ...toDocumentRecord(updated), Images: await listImages(db, caller.tenantId, updated.id) };
}
