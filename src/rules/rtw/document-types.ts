/**
 * The fixed vocabulary of documents the RTW rules know, named after the wording of the
 * Home Office, Irish immigration and DBS lists. A document of any other kind is not evidence.
 */
export const DOCUMENT_TYPES = [
  // Passports and identity cards
  'BRITISH_PASSPORT',
  'IRISH_PASSPORT',
  'IRISH_PASSPORT_CARD',
  'PASSPORT',
  'NATIONAL_ID_CARD',
  // UK immigration documents
  'E_VISA',
  'IMMIGRATION_STATUS_DOCUMENT',
  'CROWN_DEPENDENCY_EU_SCHEME_DOCUMENT',
  'EUSS_APPLICATION_DOCUMENT',
  'EUSS_CERTIFICATE_OF_APPLICATION',
  'APPLICATION_REGISTRATION_CARD',
  // Physical documents no longer acceptable for manual checks
  'BIOMETRIC_RESIDENCE_PERMIT',
  'BIOMETRIC_RESIDENCE_CARD',
  'FRONTIER_WORKER_PERMIT',
  'EEA_REGISTRATION_CERTIFICATE',
  'PERMANENT_RESIDENCE_CARD',
  // Civil documents
  'BIRTH_CERTIFICATE',
  'ADOPTION_CERTIFICATE',
  'CERTIFICATE_OF_REGISTRATION_OR_NATURALISATION',
  'MARRIAGE_OR_CIVIL_PARTNERSHIP_CERTIFICATE',
  'NI_NUMBER_DOCUMENT',
  // Ireland
  'IRP_CARD',
  // Licences and cards
  'PHOTOCARD_DRIVING_LICENCE',
  'PAPER_DRIVING_LICENCE',
  'HM_FORCES_ID_CARD',
  'FIREARMS_LICENCE',
  'PASS_CARD',
  'NON_UK_IMMIGRATION_DOCUMENT',
  // Letters and certificates (right to rent List A group 2, DBS group 2b)
  'PRISON_RELEASE_LETTER',
  'GOVERNMENT_LETTER',
  'ARMED_FORCES_SERVICE_EVIDENCE',
  'EDUCATION_INSTITUTION_LETTER',
  'EMPLOYER_ATTESTATION_LETTER',
  'BENEFITS_LETTER',
  'PROFESSIONAL_ATTESTATION_LETTER',
  'DBS_CERTIFICATE',
  // Financial and social history (DBS group 2b)
  'MORTGAGE_STATEMENT',
  'BANK_STATEMENT',
  'ACCOUNT_OPENING_LETTER',
  'CREDIT_CARD_STATEMENT',
  'FINANCIAL_STATEMENT',
  'P45_P60',
  'COUNCIL_TAX_STATEMENT',
  'SPONSORSHIP_LETTER',
  'UTILITY_BILL',
  'MOBILE_PHONE_BILL',
  'HEAD_TEACHER_LETTER',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Endorsements (on a passport or Immigration Status Document) and Crown Dependency leave. */
export const ENDORSEMENTS = [
  'EXEMPT_FROM_IMMIGRATION_CONTROL',
  'INDEFINITE_LEAVE',
  'RIGHT_OF_ABODE',
  'NO_TIME_LIMIT',
  'LIMITED_LEAVE',
  'APPLICATION_PENDING',
] as const;
export type Endorsement = (typeof ENDORSEMENTS)[number];

/** Endorsements that show a permission without time limit (List A item 4/5, Crown Dependency unlimited leave). */
export const PERMANENT_ENDORSEMENTS: ReadonlySet<Endorsement> = new Set([
  'EXEMPT_FROM_IMMIGRATION_CONTROL',
  'INDEFINITE_LEAVE',
  'RIGHT_OF_ABODE',
  'NO_TIME_LIMIT',
]);

/** Irish Residence Permit stamps. */
export const IRP_STAMPS = ['0', '1', '1A', '1G', '2', '2A', '3', '4', '4EUFAM', '5', '6'] as const;
export type IrpStamp = (typeof IRP_STAMPS)[number];

/** Documents taken off the UK lists, the day they stopped being acceptable, and what to do instead. */
export const REMOVED_DOCUMENTS: Partial<Record<DocumentType, { since: string; instead: string }>> = {
  BIOMETRIC_RESIDENCE_PERMIT: { since: '2022-04-06', instead: 'an online check with a share code' },
  BIOMETRIC_RESIDENCE_CARD: { since: '2022-04-06', instead: 'an online check with a share code' },
  FRONTIER_WORKER_PERMIT: { since: '2022-04-06', instead: 'an online check with a share code' },
  EEA_REGISTRATION_CERTIFICATE: { since: '2021-07-01', instead: 'an online check (EU Settlement Scheme status)' },
  PERMANENT_RESIDENCE_CARD: { since: '2021-07-01', instead: 'an online check (EU Settlement Scheme status)' },
  NATIONAL_ID_CARD: { since: '2021-07-01', instead: 'an online check (EU Settlement Scheme status)' },
};

/** Human names for notes. */
export function describeDocument(type: DocumentType): string {
  return type.toLowerCase().replaceAll('_', ' ').replace('ni number', 'NI number').replace('irp', 'IRP').replace('dbs', 'DBS');
}
