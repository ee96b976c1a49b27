// Documents published as specimens (ICAO Doc 9303 examples, PRADO and issuers' sample documents).
// A genuine applicant never holds one; bump SPECIMENS_VERSION when the list changes.

export const SPECIMENS_VERSION = '2026-01';

/** Document numbers printed on widely published specimens. */
const SPECIMEN_DOCUMENT_NUMBERS = new Set([
  'L898902C3', 'L898902C', 'D23145890', 'L8988901C', // ICAO Doc 9303
  'C01X0006H', 'C01XGY766', 'C01X01R74', 'T22000129', 'L01XPVM8J', // German passport and identity card samples
  '533028754', '925076473', // UK passport samples
  'X4RTBPFW4', // French identity card sample
]);

/** Surname words that issuers use on their sample documents. */
const SPECIMEN_NAME_WORDS = new Set(['SPECIMEN', 'SPECIMAN', 'MUSTERMANN', 'MUSTERFRAU', 'VZOR', 'MUESTRA', 'SPECIMINE', 'PROBE']);

/** Why a document is a known specimen, or null. */
export function specimenReason(fields: { documentNumber?: string; lastName?: string; firstName?: string; issuingState?: string; nationality?: string }): string | null {
  if (fields.issuingState === 'UTO' || fields.nationality === 'UTO') return 'issued by UTO, the ICAO specimen state';
  const number = fields.documentNumber?.replace(/[\s<]/g, '').toUpperCase();
  if (number && SPECIMEN_DOCUMENT_NUMBERS.has(number)) return `document number ${number} is a published specimen number`;
  const words = `${fields.lastName ?? ''} ${fields.firstName ?? ''}`.toUpperCase().split(/[^A-Z]+/);
  const word = words.find((w) => SPECIMEN_NAME_WORDS.has(w));
  if (word) return `the name contains ${word}, used on specimen documents`;
  return null;
}
