import { EU_COUNTRIES, UK, UK_AND_CHANNEL_ISLANDS, UK_AND_CROWN_DEPENDENCIES } from './countries.js';
import { addMonths, ageOn } from './dates.js';
import type { DocumentType } from './document-types.js';
import { describeDocument } from './document-types.js';
import type { RtwDocument } from './evidence-schema.js';
import { isCurrent } from './evidence.js';
import type { DbsInput, RtwInput } from './input-schema.js';
import type { DbsDocumentAssessment } from './outcomes.js';
import type { RuleId } from './ruleset.js';

/** Group 2b: where the document must come from, and its maximum age in months (or that it must still be valid). */
interface Group2b {
  from: ReadonlySet<string> | 'ANY';
  maxAgeMonths?: number;
  mustBeValid?: true;
}
const GROUP_2B: Partial<Record<DocumentType, Group2b>> = {
  MORTGAGE_STATEMENT: { from: UK, maxAgeMonths: 12 },
  BANK_STATEMENT: { from: 'ANY', maxAgeMonths: 3 },
  ACCOUNT_OPENING_LETTER: { from: UK, maxAgeMonths: 3 },
  CREDIT_CARD_STATEMENT: { from: UK, maxAgeMonths: 3 },
  FINANCIAL_STATEMENT: { from: UK, maxAgeMonths: 12 },
  P45_P60: { from: UK_AND_CHANNEL_ISLANDS, maxAgeMonths: 12 },
  COUNCIL_TAX_STATEMENT: { from: UK_AND_CHANNEL_ISLANDS, maxAgeMonths: 12 },
  SPONSORSHIP_LETTER: { from: 'ANY', mustBeValid: true },
  UTILITY_BILL: { from: UK, maxAgeMonths: 3 },
  BENEFITS_LETTER: { from: UK, maxAgeMonths: 3 },
  GOVERNMENT_LETTER: { from: UK_AND_CHANNEL_ISLANDS, maxAgeMonths: 3 },
  NATIONAL_ID_CARD: { from: EU_COUNTRIES, mustBeValid: true },
  HEAD_TEACHER_LETTER: { from: 'ANY', mustBeValid: true },
};

export interface Classified extends DbsDocumentAssessment {
  rule: RuleId;
  /** A 2a birth certificate (issued after the time of birth): the anchor document of Route 3. */
  laterBirthCertificate?: boolean;
}

/** Sorts each presented document into DBS group 1, 2a or 2b (rules file §4.2), or says why it does not count. */
export function classifyDbsDocument(doc: RtwDocument, index: number, input: RtwInput, dbs: DbsInput): Classified {
  const base = { index, type: doc.type };
  const { checkDate } = input;
  const out = (rule: RuleId, group: Classified['group'], extra: Partial<Classified> = {}): Classified => ({ ...base, rule, group, ...extra });
  const no = (rule: RuleId, why: string): Classified => ({ ...base, rule, excludedBecause: why });
  const current = isCurrent(doc, checkDate);
  const ukOrCrown = UK_AND_CROWN_DEPENDENCIES.has(doc.issuingCountry);

  if (!doc.original) return no('DBS-ORIGINALS', 'not an original (photocopies and self-printed online statements are not accepted)');
  if (!doc.inCurrentName) return no('DBS-ORIGINALS', 'not in the applicant’s current name');

  switch (doc.type) {
    case 'BRITISH_PASSPORT':
    case 'IRISH_PASSPORT':
    case 'PASSPORT':
    case 'E_VISA':
      return current ? out('DBS-GROUP-1', '1') : no('DBS-GROUP-1', 'must be current and valid');
    case 'ADOPTION_CERTIFICATE':
      return ukOrCrown ? out('DBS-GROUP-1', '1') : no('DBS-GROUP-1', 'only UK, Isle of Man or Channel Islands adoption certificates count');
    case 'BIRTH_CERTIFICATE': {
      if (!ukOrCrown) return no('DBS-GROUP-1', 'only UK, Isle of Man or Channel Islands birth certificates count');
      if (!doc.issueDate) return no('DBS-GROUP-1', 'give issueDate: whether it was issued within 12 months of birth decides its group');
      if (doc.issueDate < addMonths(input.person.dateOfBirth, 12)) return out('DBS-GROUP-1', '1');
      return out('DBS-GROUP-2A', '2a', { laterBirthCertificate: true });
    }
    case 'PHOTOCARD_DRIVING_LICENCE':
      if (!current) return no(ukOrCrown ? 'DBS-GROUP-1' : 'DBS-GROUP-2A', 'must be current');
      if (ukOrCrown) return out('DBS-GROUP-1', '1');
      if (!dbs.dateOfEntryToUk) return no('DBS-GROUP-2A', 'a non-UK licence counts for 12 months from entry to the UK: give dbs.dateOfEntryToUk');
      if (checkDate >= addMonths(dbs.dateOfEntryToUk, 12)) return no('DBS-GROUP-2A', `a non-UK licence counts only for 12 months from entry to the UK (${dbs.dateOfEntryToUk})`);
      return out('DBS-GROUP-2A', '2a');
    case 'PAPER_DRIVING_LICENCE':
      if (doc.issuingCountry !== 'GBR') return no('DBS-GROUP-2A', 'only UK paper licences count');
      if (!doc.issueDate || doc.issueDate >= '1998-01-01') return no('DBS-GROUP-2A', 'only paper licences issued before 1998 count (give issueDate)');
      return current ? out('DBS-GROUP-2A', '2a') : no('DBS-GROUP-2A', 'must be current');
    case 'MARRIAGE_OR_CIVIL_PARTNERSHIP_CERTIFICATE':
    case 'FIREARMS_LICENCE':
      return ukOrCrown ? out('DBS-GROUP-2A', '2a') : no('DBS-GROUP-2A', 'only UK, Isle of Man or Channel Islands documents count');
    case 'HM_FORCES_ID_CARD':
      return doc.issuingCountry === 'GBR' ? out('DBS-GROUP-2A', '2a') : no('DBS-GROUP-2A', 'only UK HM Forces ID cards count');
    case 'PASS_CARD':
      if (!ukOrCrown) return no('DBS-GROUP-2A', 'only UK, Isle of Man or Channel Islands PASS cards count');
      return current ? out('DBS-GROUP-2A', '2a') : no('DBS-GROUP-2A', 'must be valid');
    case 'NON_UK_IMMIGRATION_DOCUMENT':
      if (UK_AND_CROWN_DEPENDENCIES.has(doc.issuingCountry)) return no('DBS-GROUP-2A', 'must be issued by a country outside the UK');
      return dbs.roleOutsideUk ? out('DBS-GROUP-2A', '2a') : no('DBS-GROUP-2A', 'counts only for applicants living and working outside the UK');
    case 'IRISH_PASSPORT_CARD':
      if (input.documents.some((d) => d.type === 'IRISH_PASSPORT')) return no('DBS-GROUP-2A', 'cannot be used together with an Irish passport');
      return current ? out('DBS-GROUP-2A', '2a') : no('DBS-GROUP-2A', 'must be current');
    case 'MOBILE_PHONE_BILL':
      return no('DBS-GROUP-2B', 'mobile telephone bills are not accepted');
    default:
      return group2b(doc, base, input);
  }
}

function group2b(doc: RtwDocument, base: { index: number; type: string }, input: RtwInput): Classified {
  const no = (why: string): Classified => ({ ...base, rule: 'DBS-GROUP-2B', excludedBecause: why });
  const spec = GROUP_2B[doc.type];
  if (!spec) return { ...base, rule: 'DBS-GROUP-2B', excludedBecause: `a ${describeDocument(doc.type)} is not on the DBS document lists` };
  const { checkDate } = input;
  if (spec.from !== 'ANY' && !spec.from.has(doc.issuingCountry)) return no(`not accepted from ${doc.issuingCountry}`);
  if (doc.type === 'BANK_STATEMENT' && !UK_AND_CHANNEL_ISLANDS.has(doc.issuingCountry) && !doc.issuerInCountryOfResidence) {
    return no('a non-UK bank statement must come from a branch in the country where the applicant lives and works');
  }
  if (doc.type === 'SPONSORSHIP_LETTER' && (!input.person.nationality || input.person.nationality === 'GBR')) {
    return no('only for non-UK nationals (give person.nationality)');
  }
  if (doc.type === 'HEAD_TEACHER_LETTER') {
    const age = ageOn(input.person.dateOfBirth, checkDate);
    if (age < 16 || age > 19) return no(`only for applicants aged 16 to 19 in full-time education (the applicant is ${age})`);
  }
  if (spec.mustBeValid && !isCurrent(doc, checkDate)) return no('must be valid');
  if (spec.maxAgeMonths !== undefined) {
    if (!doc.issueDate) return no(`give issueDate: it must be issued within ${spec.maxAgeMonths} months`);
    const oldest = addMonths(checkDate, -spec.maxAgeMonths);
    if (doc.issueDate < oldest) return no(`issued ${doc.issueDate}: must be issued within ${spec.maxAgeMonths} months (on or after ${oldest})`);
  }
  return { ...base, rule: 'DBS-GROUP-2B', group: '2b' };
}
