import type { FastifyRequest } from 'fastify';
import { listDocuments, listImages } from '../documents/sql/find-documents.js';
import { toDocumentRecord } from '../documents/sql/rows.js';
import { isRevealed, recordInstanceView } from '../privacy/instance-access.js';
import { maskDocumentIdentifiers } from '../privacy/mask-identifiers.js';
import type { Db } from '../store/db.js';
import { ApiError } from './errors.js';

/** A viewer sees document numbers, MRZs and images only after revealing them in this session. */
export async function hidesDocumentIdentifiers(db: Db, req: FastifyRequest, instanceId: string): Promise<boolean> {
  if (req.role !== 'viewer') return false;
  if (!req.session) return true;
  return !(await isRevealed(db, req.session.id, instanceId));
}

/** The value as this request may see it: document identifiers masked for a viewer who has not revealed them. */
export async function asSeenBy<T>(db: Db, req: FastifyRequest, instanceId: string, value: T): Promise<T> {
  return (await hidesDocumentIdentifiers(db, req, instanceId)) ? maskDocumentIdentifiers(value) : value;
}

export async function assertMayViewImages(db: Db, req: FastifyRequest, instanceId: string): Promise<void> {
  if (await hidesDocumentIdentifiers(db, req, instanceId)) {
    throw new ApiError(403, 'REVEAL_REQUIRED', `document images are hidden from viewers: reveal them first (POST /api/v1/process-instances/${instanceId}/reveal, audited)`);
  }
}

/**
 * The instance record with its documents, as the back office shows it: a signed-in user's view is
 * audited (once per instance per session) and a viewer's document identifiers are masked until revealed.
 */
export async function presentInstanceRecord<T extends { id: string }>(db: Db, req: FastifyRequest, record: T) {
  const rows = await listDocuments(db, req.tenantId, record.id);
  const documents = await Promise.all(rows.map(async (r) => ({ ...toDocumentRecord(r), Images: await listImages(db, req.tenantId, r.id) })));
  if (req.session) await recordInstanceView(db, { tenantId: req.tenantId, actor: req.actor, sessionId: req.session.id, requestId: req.id }, record.id);
  const hidden = await hidesDocumentIdentifiers(db, req, record.id);
  const full = { ...record, documents, documentIdentifiersHidden: hidden };
  return hidden ? maskDocumentIdentifiers(full) : full;
}
