import type { DigitalIdentityResult, DigitalScheme } from './digital-identity.js';
import { evaluateDigitalIdentity } from './digital-identity.js';
import type { IdspResult, RtwDocument } from './evidence-schema.js';
import { isCurrent } from './evidence.js';

export const IDVT_DOCUMENT_TYPES: readonly RtwDocument['type'][] = ['BRITISH_PASSPORT', 'IRISH_PASSPORT', 'IRISH_PASSPORT_CARD'];

export interface IdvtResult {
  result: DigitalIdentityResult;
  /** The verified document is an eligible British/Irish document but has expired: IDVT cannot be used. */
  expiredDocument: boolean;
}

/**
 * IDVT for right to work / right to rent: only valid (unexpired) British passports, Irish passports
 * and Irish passport cards, checked by a certified IDSP to GPG45 medium confidence or higher.
 */
export function evaluateBritishIrishIdvt(scheme: DigitalScheme, idsp: IdspResult, documents: RtwDocument[], checkDate: string): IdvtResult {
  const whyNotPermitted = (doc: RtwDocument) => {
    if (!IDVT_DOCUMENT_TYPES.includes(doc.type)) return `${doc.type} cannot be checked by IDVT: only British or Irish passports and Irish passport cards`;
    if (!isCurrent(doc, checkDate)) return `${doc.type} expired${doc.expiryDate ? ` on ${doc.expiryDate}` : ''}: IDVT needs a valid document`;
    return undefined;
  };
  // Without an explicit document index: the first valid eligible document, else the first eligible one (to explain why not).
  const eligible = documents.map((d, i) => ({ d, i })).filter(({ d }) => IDVT_DOCUMENT_TYPES.includes(d.type));
  const documentIndex = idsp.documentIndex ?? (eligible.find(({ d }) => isCurrent(d, checkDate)) ?? eligible[0])?.i;
  const result = evaluateDigitalIdentity({ scheme, idsp: { ...idsp, documentIndex }, documents, requiredLevel: 'MEDIUM', whyNotPermitted });
  const doc = result.document?.doc;
  const expiredDocument = doc !== undefined && IDVT_DOCUMENT_TYPES.includes(doc.type) && !isCurrent(doc, checkDate);
  return { result, expiredDocument };
}
