import type { DocumentStatus } from '../../domain/vocabulary.js';
import type { MrzResult } from '../../mrz/index.js';
import type { DocumentAssessment, DocumentIssue, DocumentType, DocumentValidation, ExtractedFields, FeedbackProperty, VisualFields } from '../types.js';
import type { IdvConfig } from './config.js';
import { compareMrzWithVisualZone } from './consistency.js';
import { ageOn, frenchIdExpiry, isoDay } from './dates.js';
import { notEstablished, statement } from './feedback.js';
import { mrzValidationProperties } from './mrz-properties.js';
import { specimenReason } from './specimens.js';

export interface AssessmentInput {
  documentType: DocumentType;
  issuingCountry?: string;
  mrzLines?: string[];
  /** The parsed MRZ (null when none was submitted). */
  mrz: MrzResult | null;
  visual: VisualFields;
  config: IdvConfig;
  /** The day the document must be valid on. */
  checkDate: Date;
  /** The block-list entry holding the document number, if any. */
  blocked?: { listName: string; reason?: string | null } | null;
  imageKinds: readonly string[];
}

/** Germany's one-letter MRZ code, compared as the ISO code. */
const stateOf = (code: string | null | undefined) => (code === 'D' ? 'DEU' : code || undefined);

/** The document type an MRZ implies, when it implies one. */
function impliedType(mrz: MrzResult): DocumentType | null {
  if (mrz.format === 'FRENCH_DRIVING_LICENCE' || mrz.format === 'SWISS_DRIVING_LICENCE') return 'DrivingLicence';
  if (mrz.format === 'FRENCH_ID') return 'IdentityCard';
  const code = mrz.fields.documentCode ?? '';
  if (code.startsWith('P')) return 'Passport';
  if (code.startsWith('V')) return 'Visa';
  if (/^(IR|AR|CR|RP)/.test(code)) return 'ResidencePermit';
  if (/^[IAC]/.test(code)) return 'IdentityCard';
  return null;
}

function extract(mrz: MrzResult | null, visual: VisualFields): ExtractedFields {
  const f = mrz?.fields;
  const pick = (...values: Array<string | null | undefined>) => values.find((v) => typeof v === 'string' && v.trim() !== '' && !/^<+$/.test(v))?.trim();
  const fields: ExtractedFields = {
    lastName: pick(f?.lastName, visual.lastName),
    firstName: pick(f?.firstName, visual.firstName),
    dateOfBirth: pick(mrz?.dateOfBirth, visual.dateOfBirth),
    expiryDate: pick(mrz?.dateOfExpiry, visual.expiryDate, mrz ? frenchIdExpiry(mrz) : null),
    documentNumber: pick(f?.documentNumber, visual.documentNumber),
    nationality: pick(stateOf(f?.nationality), visual.nationality),
    issuingState: pick(stateOf(f?.issuingState)),
    sex: pick(f?.sex === '<' ? null : f?.sex, visual.sex),
    personalNumber: pick(f?.personalNumber),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as ExtractedFields;
}

function statusOf(issues: DocumentIssue[], mrz: MrzResult | null): DocumentStatus {
  if (issues.some((i) => i.severity === 'FAIL')) return 'Failed';
  if (mrz === null) return 'NoValidation';
  return issues.length > 0 ? 'Referred' : 'Accepted';
}

/**
 * The IDV checks of one document: pure, from the parsed MRZ, the visual-zone fields, the step config and
 * the check date, to TrustID's feedback lists, the software fraud result and the OperatorStatus.
 */
export function assessDocument(input: AssessmentInput): DocumentAssessment {
  const { mrz, visual, config, checkDate } = input;
  const issues: DocumentIssue[] = [];
  const summary: FeedbackProperty[] = [];
  const general: FeedbackProperty[] = [];
  const extracted = extract(mrz, visual);
  const today = isoDay(checkDate);

  if (mrz === null) {
    issues.push({ code: 'IDV_MRZ_MISSING', severity: config.requireMrz ? 'FAIL' : 'REVIEW', message: 'no MRZ was submitted: the document cannot be validated' });
    summary.push(statement('MRZ is valid', false, 'no MRZ was submitted'));
  } else {
    summary.push(statement('MRZ is valid', mrz.valid, mrz.errors.map((e) => e.message).join('; ')));
    for (const e of mrz.errors) issues.push({ code: e.code, severity: 'FAIL', message: `MRZ line ${e.line}: ${e.message}` });
    for (const w of mrz.warnings) {
      if (w.code === 'MRZ_UNKNOWN_STATE_CODE' || w.code === 'MRZ_CHECK_DIGIT_FILLER_INCLUDED') issues.push({ code: w.code, severity: 'REVIEW', message: w.message });
    }
    const implied = impliedType(mrz);
    if (implied !== null && implied !== input.documentType) {
      issues.push({ code: 'IDV_DOCUMENT_TYPE_MISMATCH', severity: 'REVIEW', message: `declared ${input.documentType} but the MRZ is that of a ${implied}` });
    }
  }

  if (extracted.expiryDate) {
    const valid = extracted.expiryDate >= today;
    general.push(statement('Document is not expired', valid, `expired on ${extracted.expiryDate} (checked on ${today})`));
    summary.push(statement('Document is not expired', valid, `expired on ${extracted.expiryDate}`));
    if (!valid) issues.push({ code: 'IDV_DOCUMENT_EXPIRED', severity: 'FAIL', message: `the document expired on ${extracted.expiryDate} (checked on ${today})` });
  } else {
    general.push(notEstablished('Document is not expired', 'no expiry date could be read'));
  }

  if (extracted.dateOfBirth) {
    const age = ageOn(extracted.dateOfBirth, checkDate);
    const plausible = extracted.dateOfBirth <= today;
    general.push(statement('Date of birth is not in the future', plausible, `date of birth ${extracted.dateOfBirth}`));
    const oldEnough = age >= config.minimumAge;
    general.push(statement(`Applicant is at least ${config.minimumAge} years old`, oldEnough, `aged ${age} on ${today}`));
    summary.push(statement('Applicant meets the minimum age', oldEnough, `aged ${age}, minimum ${config.minimumAge}`));
    if (!oldEnough) issues.push({ code: 'IDV_UNDER_MINIMUM_AGE', severity: 'FAIL', message: `the applicant is ${age}, under the minimum age of ${config.minimumAge}` });
  } else {
    general.push(notEstablished(`Applicant is at least ${config.minimumAge} years old`, 'no date of birth could be read'));
  }

  if (mrz !== null && mrz.format !== 'UNKNOWN') {
    const consistency = compareMrzWithVisualZone(mrz, visual, config.nameThreshold);
    general.push(...consistency.properties);
    issues.push(...consistency.issues);
    summary.push(statement('MRZ matches the visual zone', consistency.issues.length === 0, consistency.issues.map((i) => i.message).join('; ')));
  }

  const typeAllowed = !config.allowedDocumentTypes || config.allowedDocumentTypes.includes(input.documentType);
  summary.push(statement('Document type is allowed', typeAllowed, `${input.documentType} is not among ${config.allowedDocumentTypes?.join(', ')}`));
  if (!typeAllowed) issues.push({ code: 'IDV_DOCUMENT_TYPE_NOT_ALLOWED', severity: 'FAIL', message: `${input.documentType} is not an accepted document type (${config.allowedDocumentTypes?.join(', ')})` });

  const declared = input.issuingCountry?.toUpperCase();
  const issuingState = extracted.issuingState ?? stateOf(declared);
  if (declared && extracted.issuingState && stateOf(declared) !== extracted.issuingState) {
    issues.push({ code: 'IDV_ISSUING_COUNTRY_MISMATCH', severity: 'REVIEW', message: `declared issuing country ${declared} but the MRZ says ${extracted.issuingState}` });
  }
  if (issuingState) {
    const allowed = !config.allowedIssuingStates || config.allowedIssuingStates.map(stateOf).includes(issuingState);
    summary.push(statement('Issuing state is allowed', allowed, `${issuingState} is not among ${config.allowedIssuingStates?.join(', ')}`));
    if (!allowed) issues.push({ code: 'IDV_ISSUING_STATE_NOT_ALLOWED', severity: 'FAIL', message: `documents issued by ${issuingState} are not accepted` });
    const highRisk = config.highRiskIssuingStates.map(stateOf).includes(issuingState);
    summary.push(statement('Issuing state is not high risk', !highRisk, `${issuingState} is a high-risk issuing state`));
    if (highRisk) issues.push({ code: 'IDV_HIGH_RISK_ISSUING_STATE', severity: 'REVIEW', message: `${issuingState} is on the step's high-risk issuing states` });
  } else {
    summary.push(notEstablished('Issuing state is allowed', 'no issuing state was read or declared'));
  }

  const specimen = specimenReason({ ...extracted, lastName: [extracted.lastName, visual.lastName].filter(Boolean).join(' '), issuingState: mrz?.fields.issuingState ?? undefined, nationality: mrz?.fields.nationality ?? undefined });
  summary.push(statement('Document is not a known specimen', specimen === null, specimen));
  if (specimen !== null && !config.allowSpecimens) issues.push({ code: 'IDV_SPECIMEN_DOCUMENT', severity: 'FAIL', message: `specimen document: ${specimen}` });

  if (input.blocked !== undefined) {
    const blocked = input.blocked !== null;
    const reason = input.blocked ? `on block list ${input.blocked.listName}${input.blocked.reason ? ` (${input.blocked.reason})` : ''}` : null;
    summary.push(statement('Document number is not on a block list', !blocked, reason));
    if (blocked) issues.push({ code: 'IDV_DOCUMENT_BLOCKED', severity: 'FAIL', message: `document number ${extracted.documentNumber} is ${reason}` });
  }

  const missing: FeedbackProperty[] = [];
  const mandatory: Array<[keyof ExtractedFields, string]> = [['lastName', 'Last name'], ['dateOfBirth', 'Date of birth'], ['documentNumber', 'Document number'], ['expiryDate', 'Expiry date']];
  for (const [field, label] of mandatory) {
    const present = extracted[field] !== undefined;
    missing.push(statement(`${label} is present`, present, `${label.toLowerCase()} could not be read from the MRZ or the visual zone`));
    if (!present) issues.push({ code: 'IDV_MANDATORY_FIELD_MISSING', severity: 'REVIEW', message: `${label.toLowerCase()} is missing` });
  }

  general.push(statement('Front image of the document is present', input.imageKinds.some((k) => k.startsWith('FRONT')), 'no FRONT.Cropped or FRONT.Uncropped image was submitted'));
  const features = [
    notEstablished('Security features verified by an operator', 'not yet inspected by an operator'),
    notEstablished('Photo matches applicant', input.imageKinds.includes('portrait') ? 'not yet compared' : 'no portrait image was submitted'),
  ];

  const operatorStatus = statusOf(issues, mrz);
  const fraudFailed = issues.some((i) => i.severity === 'FAIL' && i.code !== 'IDV_DOCUMENT_EXPIRED' && i.code !== 'IDV_UNDER_MINIMUM_AGE' && i.code !== 'IDV_DOCUMENT_TYPE_NOT_ALLOWED' && i.code !== 'IDV_ISSUING_STATE_NOT_ALLOWED');
  const fraud: DocumentValidation['Result'] = mrz === null ? 'NotPerformed' : fraudFailed ? 'Failed' : issues.some((i) => i.severity === 'REVIEW') ? 'Referred' : 'Passed';
  const lines = input.mrzLines ?? [];
  return {
    DocumentResultsSummary: summary,
    GeneralDocumentProperties: general,
    MrzValidationProperties: mrzValidationProperties(mrz),
    MissingFieldsProperties: missing,
    FeedbackFeatures: features,
    MrzCharacterCount: lines.length > 0 ? Math.max(...lines.map((l) => l.length)) : null,
    MrzLineCount: lines.length > 0 ? lines.length : null,
    MrzSameLength: lines.length > 0 ? mrz !== null && mrz.format !== 'UNKNOWN' && !mrz.errors.some((e) => e.code === 'MRZ_LINE_LENGTH' || e.code === 'MRZ_LINE_COUNT') : null,
    DocumentFraudSoftware: { Name: 'DocumentFraudSoftware', Result: fraud },
    OperatorStatus: operatorStatus,
    extracted,
    issues,
    mrz,
  };
}
