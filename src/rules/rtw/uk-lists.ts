import { CROWN_DEPENDENCIES, CROWN_DEPENDENCIES_AND_IRELAND, EEA_AND_SWISS_COUNTRIES } from './countries.js';
import { PERMANENT_ENDORSEMENTS, REMOVED_DOCUMENTS, describeDocument } from './document-types.js';
import type { RtwDocument, WorkCondition } from './evidence-schema.js';
import { indexesOf, isCurrent, label } from './evidence.js';
import type { RuleId } from './ruleset.js';

/** A List A or List B item the documents satisfy. */
export interface ListMatch {
  item: RuleId;
  kind: 'A' | 'B1' | 'B2';
  /** Indexes of the documents the item uses. */
  documents: number[];
  permissionExpiry?: string;
  conditions: WorkCondition[];
}

export interface ListMatches {
  matches: ListMatch[];
  /** Why presented documents did not count, one note each, with the list item it was assessed against. */
  notes: Array<{ rule?: RuleId; text: string }>;
  /** A document was presented whose permission has expired. */
  expiredPermission: boolean;
  /** A document was presented that is only acceptable through the online check now. */
  onlineOnly: boolean;
}

const EUSS_CUT_OFF = '2021-07-01';

/**
 * Matches the presented documents against the Home Office lists (rules file §1.2–1.3).
 * Items that need a PVN (group 2) are returned as candidates; the evaluator checks the PVN.
 */
export function matchUkLists(documents: RtwDocument[], checkDate: string): ListMatches {
  const out: ListMatches = { matches: [], notes: [], expiredPermission: false, onlineOnly: false };
  const ni = indexesOf(documents, ['NI_NUMBER_DOCUMENT'])[0];
  const note = (rule: RuleId | undefined, text: string) => void out.notes.push({ rule, text });
  const add = (item: RuleId, kind: ListMatch['kind'], docs: number[], doc?: RtwDocument) =>
    out.matches.push({ item, kind, documents: docs, permissionExpiry: doc?.permissionExpiry, conditions: doc?.workConditions ?? [] });
  const withNi = (item: RuleId, i: number, doc: RtwDocument) => {
    if (ni === undefined) note(item, `${label(doc, i)} needs an official document giving the permanent NI number and name (NI_NUMBER_DOCUMENT)`);
    else add(item, 'A', [i, ni], doc);
  };
  const limited = (item: RuleId, kind: 'B1', docs: number[], doc: RtwDocument, i: number) => {
    if (doc.permissionExpiry! < checkDate) {
      out.expiredPermission = true;
      note(item, `${label(doc, i)}: the permission expired on ${doc.permissionExpiry}`);
    } else add(item, kind, docs, doc);
  };
  const needsCurrent = (item: RuleId, doc: RtwDocument, i: number) => {
    if (isCurrent(doc, checkDate)) return true;
    note(item, `${label(doc, i)} must be current${doc.expiryDate ? ` (expired ${doc.expiryDate})` : ''}`);
    return false;
  };

  documents.forEach((doc, i) => {
    const permanent = doc.endorsement !== undefined && PERMANENT_ENDORSEMENTS.has(doc.endorsement);
    const removed = REMOVED_DOCUMENTS[doc.type];
    switch (doc.type) {
      case 'BRITISH_PASSPORT':
        return add('RTW-A1', 'A', [i]);
      case 'IRISH_PASSPORT':
      case 'IRISH_PASSPORT_CARD':
        return add('RTW-A2', 'A', [i]);
      case 'CROWN_DEPENDENCY_EU_SCHEME_DOCUMENT':
        if (!CROWN_DEPENDENCIES.has(doc.issuingCountry)) {
          return note(undefined, `${label(doc, i)} must be issued by Jersey (JEY), Guernsey (GGY) or the Isle of Man (IMN)`);
        }
        if (doc.endorsement === 'APPLICATION_PENDING') return add('RTW-B2.3', 'B2', [i], doc);
        if (!doc.homeOfficeVerified) {
          return note(permanent ? 'RTW-A3' : 'RTW-B1.2', `${label(doc, i)} counts only once verified as valid by the Employer Checking Service`);
        }
        if (permanent) return add('RTW-A3', 'A', [i], doc);
        if (doc.endorsement === 'LIMITED_LEAVE') return limited('RTW-B1.2', 'B1', [i], doc, i);
        return note(undefined, `${label(doc, i)} shows no leave under Appendix EU(J) / Appendix EU`);
      case 'PASSPORT':
        if (permanent) return void (needsCurrent('RTW-A4', doc, i) && add('RTW-A4', 'A', [i], doc));
        if (doc.endorsement === 'LIMITED_LEAVE') return void (needsCurrent('RTW-B1.1', doc, i) && limited('RTW-B1.1', 'B1', [i], doc, i));
        if (EEA_AND_SWISS_COUNTRIES.has(doc.issuingCountry)) {
          out.onlineOnly = true;
          return note(undefined, `${label(doc, i)}: EEA and Swiss passports are not acceptable since 2021-07-01; use an online check (EU Settlement Scheme status)`);
        }
        return note(undefined, `${label(doc, i)} has no endorsement showing permission to stay and work in the UK`);
      case 'IMMIGRATION_STATUS_DOCUMENT':
        if (!needsCurrent(doc.endorsement === 'LIMITED_LEAVE' ? 'RTW-B1.3' : 'RTW-A5', doc, i)) return;
        if (permanent) return withNi('RTW-A5', i, doc);
        if (doc.endorsement === 'LIMITED_LEAVE') {
          if (doc.hasPhotograph !== true) return note('RTW-B1.3', `${label(doc, i)} must contain a photograph (hasPhotograph)`);
          if (ni === undefined) return note('RTW-B1.3', `${label(doc, i)} needs an official document giving the permanent NI number and name (NI_NUMBER_DOCUMENT)`);
          return limited('RTW-B1.3', 'B1', [i, ni], doc, i);
        }
        return note(undefined, `${label(doc, i)} has no endorsement allowing the person to stay and work`);
      case 'BIRTH_CERTIFICATE':
      case 'ADOPTION_CERTIFICATE':
        if (doc.issuingCountry === 'GBR') return withNi('RTW-A6', i, doc);
        if (CROWN_DEPENDENCIES_AND_IRELAND.has(doc.issuingCountry)) return withNi('RTW-A7', i, doc);
        return note(undefined, `${label(doc, i)}: only UK, Channel Islands, Isle of Man or Irish certificates count`);
      case 'CERTIFICATE_OF_REGISTRATION_OR_NATURALISATION':
        return withNi('RTW-A8', i, doc);
      case 'EUSS_APPLICATION_DOCUMENT':
        if (doc.applicationDate! < EUSS_CUT_OFF) return add('RTW-B2.1', 'B2', [i], doc);
        return note('RTW-B2.1', `${label(doc, i)}: applications made from ${EUSS_CUT_OFF} are evidenced by a Certificate of Application`);
      case 'EUSS_CERTIFICATE_OF_APPLICATION':
        if (doc.applicationDate! >= EUSS_CUT_OFF) return add('RTW-B2.2', 'B2', [i], doc);
        return note('RTW-B2.2', `${label(doc, i)}: applications made before ${EUSS_CUT_OFF} are evidenced by a Home Office EUSS application document`);
      case 'APPLICATION_REGISTRATION_CARD':
        if (doc.permitsEmployment) return add('RTW-B2.4', 'B2', [i], doc);
        return note('RTW-B2.4', `${label(doc, i)} does not state that the holder may take the employment`);
      case 'NI_NUMBER_DOCUMENT':
        return;
      default:
        if (removed) {
          out.onlineOnly = true;
          return note(undefined, `${label(doc, i)}: not acceptable since ${removed.since}; use ${removed.instead}`);
        }
        return note(undefined, `${label(doc, i)}: a ${describeDocument(doc.type)} is not on List A or List B`);
    }
  });
  return out;
}
