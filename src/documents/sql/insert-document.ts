import { DOCUMENT_STATUS } from '../../domain/vocabulary.js';
import type { Db } from '../../store/db.js';
import type { CheckedImage } from '../images.js';
import type { DocumentAssessment, VisualFields } from '../types.js';
import type { DocumentRow } from './rows.js';

export interface NewDocument {
  id: string;
  tenantId: string;
  instanceId: string;
  documentType: string;
  documentName: string;
  issuingCountry: string | null;
  mrzLines: string[] | null;
  visual: VisualFields;
  assessment: DocumentAssessment;
  images: CheckedImage[];
  imageIds: string[];
}

/** Assessment columns in insert/update order (parameters $1…$12 of both statements). */
export function assessmentParams(a: DocumentAssessment): unknown[] {
  return [
    a.MrzCharacterCount,
    a.MrzLineCount,
    a.MrzSameLength,
    JSON.stringify(a.mrz),
    JSON.stringify(a.MrzValidationProperties),
    JSON.stringify(a.DocumentResultsSummary),
    JSON.stringify(a.GeneralDocumentProperties),
    JSON.stringify(a.FeedbackFeatures),
    JSON.stringify(a.MissingFieldsProperties),
    DOCUMENT_STATUS[a.OperatorStatus],
    JSON.stringify(a.extracted),
    JSON.stringify(a.issues),
  ];
}

/** Stores a document with its images, in one transaction. */
export async function insertDocument(db: Db, d: NewDocument): Promise<DocumentRow> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<DocumentRow>(
      `INSERT INTO documents (
         mrz_character_count, mrz_line_count, mrz_same_length, mrz_result, mrz_validation_properties,
         document_results_summary, general_document_properties, feedback_features, missing_fields_properties,
         operator_status, extracted_fields, issues,
         id, tenant_id, instance_id, document_type, document_name, issuing_country, mrz, visual_fields, document_validations)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
       RETURNING *`,
      [
        ...assessmentParams(d.assessment),
        d.id, d.tenantId, d.instanceId, d.documentType, d.documentName, d.issuingCountry,
        d.mrzLines ? d.mrzLines.join('\n') : null,
        JSON.stringify(d.visual),
        JSON.stringify({ DocumentFraudSoftware: d.assessment.DocumentFraudSoftware, DocumentFraudAuditor: null }),
      ],
    );
    for (const [i, image] of d.images.entries()) {
      await tx.query(
        `INSERT INTO document_images (id, tenant_id, instance_id, document_id, kind, content_type, width, height, byte_size, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [d.imageIds[i], d.tenantId, d.instanceId, d.id, image.kind, image.contentType, image.width, image.height, image.data.length, image.data],
      );
    }
    return rows[0];
  });
}

/** Replaces a document's automated assessment (the IDV step re-assesses with its own config and date). */
export async function updateAssessment(db: Db, tenantId: string, documentId: string, a: DocumentAssessment): Promise<DocumentRow | undefined> {
  const { rows } = await db.query<DocumentRow>(
    `UPDATE documents SET
       mrz_character_count = $1, mrz_line_count = $2, mrz_same_length = $3, mrz_result = $4, mrz_validation_properties = $5,
       document_results_summary = $6, general_document_properties = $7, feedback_features = $8, missing_fields_properties = $9,
       operator_status = $10, extracted_fields = $11, issues = $12,
       document_validations = jsonb_set(document_validations, '{DocumentFraudSoftware}', $15::jsonb),
       updated_at = now()
     WHERE tenant_id = $13 AND id = $14 RETURNING *`,
    [...assessmentParams(a), tenantId, documentId, JSON.stringify(a.DocumentFraudSoftware)],
  );
  return rows[0];
}
