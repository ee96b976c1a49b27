import { readDocumentNumber } from '../document-number.js';
import { cleanValue } from '../fields.js';
import type { MrzReader } from '../reader.js';

/** TD1: three lines of 30 (identity cards). */
export function readTd1(r: MrzReader): void {
  r.documentCode(0, 0, 2, /^[IAC][A-UW-Z<]$/, 'a TD1 card starts with I, A or C, and V may not follow');
  r.state('issuingState', 0, 2);
  const optionalStart = readDocumentNumber(r, 0, 5, 15, 30);
  r.fields.optionalData1 = cleanValue(r.take('optionalData1', 0, optionalStart, 30));

  r.date('birthDate', 1, 0, 'birth');
  r.checkDigit('birthDate', [[1, 0, 6]], [1, 6]);
  r.sex(1, 7);
  r.date('expiryDate', 1, 8, 'expiry');
  r.checkDigit('expiryDate', [[1, 8, 14]], [1, 14]);
  r.state('nationality', 1, 15);
  r.fields.optionalData2 = cleanValue(r.take('optionalData2', 1, 18, 29));
  r.checkDigit('composite', [[0, 5, 30], [1, 0, 7], [1, 8, 15], [1, 18, 29]], [1, 29]);

  r.names(2, 0, 30);
}
