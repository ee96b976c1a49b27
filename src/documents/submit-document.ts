import { ulid } from 'ulid';
import { parseMrz, splitMrzLines } from '../mrz/index.js';
import type { Db } from '../store/db.js';
import { assessDocument } from './checks/assess-document.js';
import { idvConfigSchema, type IdvConfig } from './checks/config.js';
import { checkImage, IMAGE_KINDS, ImageRejected, type CheckedImage, type ImageKind } from './images.js';
import { findBlockedDocument } from './sql/find-blocked-document.js';
import { insertDocument, updateAssessment } from './sql/insert-document.js';
import type { DocumentRow } from './sql/rows.js';
import type { DocumentSubmission } from './submission.js';
import { DOCUMENT_NAMES, type DocumentAssessment, type DocumentType } from './types.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes and checks the submitted base64 images; a bad one throws ImageRejected. */
export function decodeImages(images: Partial<Record<ImageKind, string>>): CheckedImage[] {
  const checked: CheckedImage[] = [];
  for (const kind of IMAGE_KINDS) {
    const text = images[kind];
    if (text === undefined) continue;
    const body = text.replace(/^data:image\/[a-z]+;base64,/, '').replace(/\s+/g, '');
    if (!BASE64.test(body)) throw new ImageRejected('IMAGE_UNREADABLE', `${kind}: not base64: send the image bytes base64-encoded`);
    checked.push(checkImage(kind, new Uint8Array(Buffer.from(body, 'base64'))));
  }
  return checked;
}

/** Runs the checks on a stored or new document, looking up the tenant's block lists. */
export async function assessWithStore(
  db: Db,
  tenantId: string,
  doc: { documentType: DocumentType; issuingCountry?: string; mrzLines: string[] | null; visual: DocumentSubmission['visualFields']; imageKinds: readonly string[] },
  config: IdvConfig,
  checkDate: Date,
): Promise<DocumentAssessment> {
  const mrz = doc.mrzLines ? parseMrz(doc.mrzLines, { referenceDate: checkDate }) : null;
  const documentNumber = mrz?.fields.documentNumber || doc.visual.documentNumber;
  const blocked = await findBlockedDocument(db, tenantId, documentNumber ?? undefined, config.blockLists);
  return assessDocument({
    documentType: doc.documentType,
    issuingCountry: doc.issuingCountry,
    mrzLines: doc.mrzLines ?? undefined,
    mrz,
    visual: doc.visual,
    config,
    checkDate,
    blocked,
    imageKinds: doc.imageKinds,
  });
}

/**
 * Stores a document submitted to an instance with its images, after running the IDV checks with `config`
 * (the defaults unless given). The IDV step re-assesses it with its own config when it runs.
 */
export async function submitDocument(
  db: Db,
  tenantId: string,
  instanceId: string,
  submission: DocumentSubmission,
  images: CheckedImage[],
  options: { config?: IdvConfig; checkDate?: Date } = {},
): Promise<DocumentRow> {
  const mrzLines = submission.mrz === undefined ? null : splitMrzLines(submission.mrz);
  const config = options.config ?? idvConfigSchema.parse({});
  const doc = {
    documentType: submission.documentType,
    issuingCountry: submission.issuingCountry,
    mrzLines: mrzLines && mrzLines.length > 0 ? mrzLines : null,
    visual: submission.visualFields,
    imageKinds: images.map((i) => i.kind),
  };
  const assessment = await assessWithStore(db, tenantId, doc, config, options.checkDate ?? new Date());
  return insertDocument(db, {
    id: ulid(),
    tenantId,
    instanceId,
    documentType: submission.documentType,
    documentName: DOCUMENT_NAMES[submission.documentType],
    issuingCountry: submission.issuingCountry ?? null,
    mrzLines: doc.mrzLines,
    visual: submission.visualFields,
    assessment,
    images,
    imageIds: images.map(() => ulid()),
  });
}

/** Re-runs the checks of a stored document with a step's config and date, and stores the new assessment. */
export async function reassessDocument(db: Db, row: DocumentRow, imageKinds: readonly string[], config: IdvConfig, checkDate: Date): Promise<{ row: DocumentRow; assessment: DocumentAssessment }> {
  const doc = {
    documentType: row.document_type as DocumentType,
    issuingCountry: row.issuing_country ?? undefined,
    mrzLines: row.mrz ? row.mrz.split('\n') : null,
    visual: row.visual_fields,
    imageKinds,
  };
  const assessment = await assessWithStore(db, row.tenant_id, doc, config, checkDate);
  const updated = await updateAssessment(db, row.tenant_id, row.id, assessment);
  return { row: updated ?? row, assessment };
}
