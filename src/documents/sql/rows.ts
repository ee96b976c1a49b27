import { DOCUMENT_STATUSES, type DocumentStatus } from '../../domain/vocabulary.js';
import type { MrzResult } from '../../mrz/index.js';
import type { DocumentValidation, DocumentIssue, ExtractedFields, FeedbackProperty, VisualFields } from '../types.js';

export interface DocumentRow {
  id: string;
  tenant_id: string;
  instance_id: string;
  document_type: string;
  document_name: string;
  issuing_country: string | null;
  mrz: string | null;
  mrz_character_count: number | null;
  mrz_line_count: number | null;
  mrz_same_length: boolean | null;
  mrz_result: MrzResult | null;
  mrz_validation_properties: FeedbackProperty[];
  document_results_summary: FeedbackProperty[];
  general_document_properties: FeedbackProperty[];
  feedback_features: FeedbackProperty[];
  missing_fields_properties: FeedbackProperty[];
  operator_status: number;
  operator_message: string | null;
  notes: string | null;
  audited: boolean;
  audited_by_user: string | null;
  auditor_status: number;
  auditor_message: string | null;
  document_validations: { DocumentFraudSoftware?: DocumentValidation; DocumentFraudAuditor?: DocumentValidation | null };
  visual_fields: VisualFields;
  extracted_fields: ExtractedFields;
  issues: DocumentIssue[];
  created_at: Date;
  updated_at: Date;
}

/** A document as the API shows it: TrustID's names, statuses as their numbers. */
export interface DocumentRecord {
  DocumentId: string;
  InstanceId: string;
  DocumentType: string;
  DocumentName: string;
  IssuingCountry: string | null;
  Mrz: string | null;
  MrzCharacterCount: number | null;
  MrzLineCount: number | null;
  MrzSameLength: boolean | null;
  MrzValidationProperties: FeedbackProperty[];
  DocumentResultsSummary: FeedbackProperty[];
  GeneralDocumentProperties: FeedbackProperty[];
  FeedbackFeatures: FeedbackProperty[];
  MissingFieldsProperties: FeedbackProperty[];
  OperatorStatus: number;
  OperatorMessage: string | null;
  Notes: string | null;
  Audited: boolean;
  AuditedByUser: string | null;
  AuditorStatus: number;
  AuditorMessage: string | null;
  DocumentValidations: DocumentRow['document_validations'];
  /** AuditorStatus, or OperatorStatus while the auditor's is Undefined. */
  OverallStatus: number;
  OverallStatusName: DocumentStatus;
  MoreData: ExtractedFields;
  VisualFields: VisualFields;
  Issues: DocumentIssue[];
  MrzResult: MrzResult | null;
  CreatedAt: string;
  UpdatedAt: string;
}

/** The overall result of a document: the auditor's status, or the operator's while the auditor's is Undefined. */
export function overallStatus(operatorStatus: number, auditorStatus: number): number {
  return auditorStatus !== 0 ? auditorStatus : operatorStatus;
}

export function toDocumentRecord(r: DocumentRow): DocumentRecord {
  const overall = overallStatus(r.operator_status, r.auditor_status);
  return {
    DocumentId: r.id,
    InstanceId: r.instance_id,
    DocumentType: r.document_type,
    DocumentName: r.document_name,
    IssuingCountry: r.issuing_country,
    Mrz: r.mrz,
    MrzCharacterCount: r.mrz_character_count,
    MrzLineCount: r.mrz_line_count,
    MrzSameLength: r.mrz_same_length,
    MrzValidationProperties: r.mrz_validation_properties,
    DocumentResultsSummary: r.document_results_summary,
    GeneralDocumentProperties: r.general_document_properties,
    FeedbackFeatures: r.feedback_features,
    MissingFieldsProperties: r.missing_fields_properties,
    OperatorStatus: r.operator_status,
    OperatorMessage: r.operator_message,
    Notes: r.notes,
    Audited: r.audited,
    AuditedByUser: r.audited_by_user,
    AuditorStatus: r.auditor_status,
    AuditorMessage: r.auditor_message,
    DocumentValidations: r.document_validations,
    OverallStatus: overall,
    OverallStatusName: DOCUMENT_STATUSES[overall],
    MoreData: r.extracted_fields,
    VisualFields: r.visual_fields,
    Issues: r.issues,
    MrzResult: r.mrz_result,
    CreatedAt: new Date(r.created_at).toISOString(),
    UpdatedAt: new Date(r.updated_at).toISOString(),
  };
}
