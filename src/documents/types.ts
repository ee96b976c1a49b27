import type { DocumentStatus } from '../domain/vocabulary.js';
import type { MrzResult } from '../mrz/index.js';

/** Kinds of identity document idflow checks (TrustID `DOCUMENT_TYPE_*`, by name). */
export const DOCUMENT_TYPES = ['Passport', 'IdentityCard', 'DrivingLicence', 'Visa', 'ResidencePermit'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_NAMES: Record<DocumentType, string> = {
  Passport: 'Passport',
  IdentityCard: 'Identity Card',
  DrivingLicence: 'Driving Licence',
  Visa: 'Visa',
  ResidencePermit: 'Residence Permit',
};

/** What the applicant's document shows outside the MRZ (the visual inspection zone). Dates are ISO. */
export interface VisualFields {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  documentNumber?: string;
  expiryDate?: string;
  nationality?: string;
  sex?: string;
}

/** One TrustID feedback statement: `Value` is meaningful only when `ValueUndefined` is false. */
export interface FeedbackProperty {
  Name: string;
  Value: boolean;
  ValueUndefined: boolean;
  ErrorMessage: string | null;
}

/** TrustID DocumentValidationResult of the fraud analysis. */
export interface DocumentValidation {
  Name: 'DocumentFraudSoftware' | 'DocumentFraudAuditor';
  Result: 'Passed' | 'Failed' | 'Referred' | 'NotPerformed';
}

export interface DocumentIssue {
  code: string;
  /** FAIL fails the document; REVIEW refers it to a person. */
  severity: 'FAIL' | 'REVIEW';
  message: string;
}

/** The fields taken from the document ("More Data"): MRZ first, the visual zone where the MRZ has none. */
export interface ExtractedFields {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  expiryDate?: string;
  documentNumber?: string;
  nationality?: string;
  issuingState?: string;
  sex?: string;
  personalNumber?: string;
}

export interface DocumentAssessment {
  DocumentResultsSummary: FeedbackProperty[];
  GeneralDocumentProperties: FeedbackProperty[];
  MrzValidationProperties: FeedbackProperty[];
  MissingFieldsProperties: FeedbackProperty[];
  FeedbackFeatures: FeedbackProperty[];
  MrzCharacterCount: number | null;
  MrzLineCount: number | null;
  MrzSameLength: boolean | null;
  DocumentFraudSoftware: DocumentValidation;
  OperatorStatus: DocumentStatus;
  extracted: ExtractedFields;
  issues: DocumentIssue[];
  mrz: MrzResult | null;
}
