/** Every layout the engine reads. */
export const MRZ_FORMATS = [
  'TD1',
  'TD2',
  'TD3',
  'MRV-A',
  'MRV-B',
  'FRENCH_ID',
  'FRENCH_DRIVING_LICENCE',
  'SWISS_DRIVING_LICENCE',
  'UNKNOWN',
] as const;
export type MrzFormat = (typeof MRZ_FORMATS)[number];

/**
 * Fields as printed: dates `YYMMDD`, sex `M`/`F`/`<`, fillers removed, `<` inside a value turned into a space.
 * A field the format does not carry is `null`; a field it carries but left empty is `''`.
 */
export interface MrzFields {
  documentCode: string | null;
  issuingState: string | null;
  documentNumber: string | null;
  nationality: string | null;
  birthDate: string | null;
  sex: string | null;
  expiryDate: string | null;
  lastName: string | null;
  firstName: string | null;
  personalNumber: string | null;
  optionalData1: string | null;
  optionalData2: string | null;
  /** French identity card (1988–2021). */
  administrativeCode?: string | null;
  issueYearMonth?: string | null;
  /** Swiss driving licence. */
  pinCode?: string | null;
  versionNumber?: string | null;
  languageCode?: string | null;
  visualDocumentNumber?: string | null;
}

export type MrzFieldName = keyof MrzFields;

/** A place in the MRZ: `line` counts from 1, `start`/`end` are 0-based character offsets (end exclusive). */
export interface MrzRange {
  line: number;
  start: number;
  end: number;
}

/** A one-character change that a reader could check against the document; never applied by the engine. */
export interface MrzRepair {
  line: number;
  position: number;
  from: string;
  to: string;
  /** The field the changed character belongs to. */
  field: string;
  /** The checks (by field name, or 'composite') that pass once the change is made. */
  fixes: string[];
}

export interface MrzFinding extends MrzRange {
  code: MrzFindingCode;
  message: string;
  field?: string;
  repairs?: MrzRepair[];
}

export const MRZ_FINDING_CODES = [
  'MRZ_EMPTY_INPUT',
  'MRZ_UNKNOWN_LAYOUT',
  'MRZ_LINE_COUNT',
  'MRZ_LINE_LENGTH',
  'MRZ_INVALID_CHARACTER',
  'MRZ_CHECK_DIGIT_MISMATCH',
  'MRZ_CHECK_DIGIT_FILLER_INCLUDED',
  'MRZ_DOCUMENT_NUMBER_OVERFLOW_MISSING',
  'MRZ_INVALID_DATE',
  'MRZ_DATE_UNKNOWN',
  'MRZ_INVALID_SEX',
  'MRZ_INVALID_STATE_CODE',
  'MRZ_UNKNOWN_STATE_CODE',
  'MRZ_INVALID_DOCUMENT_CODE',
  'MRZ_INVALID_FIELD',
  'MRZ_NAME_TRUNCATED',
  'MRZ_NO_CHECK_DIGITS',
  'MRZ_EXPIRY_NOT_ENCODED',
] as const;
export type MrzFindingCode = (typeof MRZ_FINDING_CODES)[number];

/** One check digit as read and as computed. */
export interface MrzCheck extends MrzRange {
  /** The field it protects, or 'composite'. */
  field: string;
  found: string;
  /** Null when the protected characters are not all in the MRZ character set. */
  expected: string | null;
  valid: boolean;
  /** How the digit was accepted when not by the plain rule. */
  variant?: 'filler-for-empty-field' | 'filler-included';
}

export interface MrzResult {
  valid: boolean;
  format: MrzFormat;
  fields: MrzFields;
  /** ISO dates (YYYY-MM-DD), null when absent, unknown or not a real date. */
  dateOfBirth: string | null;
  dateOfExpiry: string | null;
  checks: MrzCheck[];
  errors: MrzFinding[];
  warnings: MrzFinding[];
}

export interface ParseMrzOptions {
  /** Birth dates are never after this date (century resolution); defaults to now. */
  referenceDate?: Date;
}
