import { CROWN_DEPENDENCIES, UK_AND_CROWN_DEPENDENCIES, EEA_AND_SWISS_COUNTRIES } from './countries.js';
import { addMonths } from './dates.js';
import { PERMANENT_ENDORSEMENTS, REMOVED_DOCUMENTS, describeDocument, type DocumentType } from './document-types.js';
import type { RtwDocument } from './evidence-schema.js';
import { isCurrent, label } from './evidence.js';

/** How one presented document counts for right to rent (landlord's guide lists; rules file §2). */
export type RtrDocumentClass =
  | { list: 'A1' }
  | { list: 'A2' }
  | { list: 'B1'; permissionExpiry: string }
  | { list: 'B2' }
  | { list: 'NONE'; why: string; removed?: boolean };

/** List A group 2 documents ("any two"), with the maximum age in months where the guide sets one. */
const LIST_A_GROUP_2: Partial<Record<DocumentType, { maxAgeMonths?: number }>> = {
  BIRTH_CERTIFICATE: {},
  ADOPTION_CERTIFICATE: {},
  PHOTOCARD_DRIVING_LICENCE: {},
  PRISON_RELEASE_LETTER: { maxAgeMonths: 6 },
  GOVERNMENT_LETTER: { maxAgeMonths: 3 },
  ARMED_FORCES_SERVICE_EVIDENCE: {},
  EDUCATION_INSTITUTION_LETTER: {},
  EMPLOYER_ATTESTATION_LETTER: {},
  BENEFITS_LETTER: {},
  PROFESSIONAL_ATTESTATION_LETTER: {},
  DBS_CERTIFICATE: {},
};

export function classifyRtrDocument(doc: RtwDocument, index: number, checkDate: string): RtrDocumentClass {
  const none = (why: string, removed = false): RtrDocumentClass => ({ list: 'NONE', why: `${label(doc, index)}: ${why}`, removed });
  const permanent = doc.endorsement !== undefined && PERMANENT_ENDORSEMENTS.has(doc.endorsement);
  const limited = (): RtrDocumentClass => {
    if (!isCurrent(doc, checkDate)) return none('must be current');
    if (doc.permissionExpiry! < checkDate) return none(`the permission expired on ${doc.permissionExpiry}`);
    return { list: 'B1', permissionExpiry: doc.permissionExpiry! };
  };
  const removed = REMOVED_DOCUMENTS[doc.type];
  if (removed) return none(`not acceptable since ${removed.since}; use ${removed.instead}`, true);

  switch (doc.type) {
    case 'BRITISH_PASSPORT':
    case 'IRISH_PASSPORT':
    case 'IRISH_PASSPORT_CARD':
    case 'CERTIFICATE_OF_REGISTRATION_OR_NATURALISATION':
      return { list: 'A1' };
    case 'PASSPORT':
    case 'IMMIGRATION_STATUS_DOCUMENT':
      if (permanent) return isCurrent(doc, checkDate) ? { list: 'A1' } : none('must be current');
      if (doc.endorsement === 'LIMITED_LEAVE') return limited();
      if (doc.type === 'PASSPORT' && EEA_AND_SWISS_COUNTRIES.has(doc.issuingCountry)) {
        return none('EEA and Swiss passports are not acceptable since 2021-07-01; use an online check', true);
      }
      return none('shows no permission to stay in the UK');
    case 'CROWN_DEPENDENCY_EU_SCHEME_DOCUMENT':
      if (!CROWN_DEPENDENCIES.has(doc.issuingCountry)) return none('must be issued by Jersey, Guernsey or the Isle of Man');
      if (doc.endorsement === 'APPLICATION_PENDING') return { list: 'B2' };
      if (!doc.homeOfficeVerified) return none('counts only once verified by the Landlord Checking Service');
      if (permanent) return { list: 'A1' };
      if (doc.endorsement === 'LIMITED_LEAVE') return limited();
      return none('shows no leave');
    case 'EUSS_APPLICATION_DOCUMENT':
    case 'EUSS_CERTIFICATE_OF_APPLICATION':
      return { list: 'B2' };
    case 'APPLICATION_REGISTRATION_CARD':
      return { list: 'B2' };
    default:
      break;
  }

  const group2 = LIST_A_GROUP_2[doc.type];
  if (!group2) return none(`a ${describeDocument(doc.type)} is not on the right to rent lists`);
  if (doc.type === 'BIRTH_CERTIFICATE' || doc.type === 'ADOPTION_CERTIFICATE') {
    if (!UK_AND_CROWN_DEPENDENCIES.has(doc.issuingCountry) && doc.issuingCountry !== 'IRL') {
      return none('only UK, Channel Islands, Isle of Man or Irish certificates count');
    }
  }
  if (doc.type === 'PHOTOCARD_DRIVING_LICENCE') {
    if (doc.issuingCountry !== 'GBR') return none('only UK photocard driving licences count');
    if (!isCurrent(doc, checkDate)) return none('must be current');
  }
  if (group2.maxAgeMonths !== undefined) {
    if (!doc.issueDate) return none('give issueDate: the letter must be recent');
    if (doc.issueDate < addMonths(checkDate, -group2.maxAgeMonths)) return none(`must be issued within ${group2.maxAgeMonths} months of the check`);
  }
  return { list: 'A2' };
}
