import { readDocumentNumber } from '../document-number.js';
import { cleanValue } from '../fields.js';
import type { MrzReader } from '../reader.js';

/** TD2 (two lines of 36, identity cards) and MRV-B (the visa of the same size: 8 characters of optional data, no composite). */
export function readTd2(r: MrzReader, visa: boolean): void {
  if (visa) r.documentCode(0, 0, 2, /^V[A-Z<]$/, 'a visa starts with V');
  else r.documentCode(0, 0, 2, /^[IAC][A-UW-Z<]$/, 'a TD2 card starts with I, A or C, and V may not follow');
  r.state('issuingState', 0, 2);
  r.names(0, 5, 36);

  if (visa) {
    r.fields.documentNumber = cleanValue(r.take('documentNumber', 1, 0, 9));
    r.checkDigit('documentNumber', [[1, 0, 9]], [1, 9]);
    readPersonalBlock(r);
    r.fields.optionalData1 = cleanValue(r.take('optionalData1', 1, 28, 36));
    return;
  }
  const optionalStart = readDocumentNumber(r, 1, 0, 28, 35);
  readPersonalBlock(r);
  r.fields.optionalData1 = cleanValue(r.take('optionalData1', 1, optionalStart, 35));
  r.checkDigit('composite', [[1, 0, 10], [1, 13, 20], [1, 21, 35]], [1, 35]);
}

/** Nationality, birth date, sex and expiry date at positions 10–27 of line 2 (TD2, TD3 and both visas). */
export function readPersonalBlock(r: MrzReader): void {
  r.state('nationality', 1, 10);
  r.date('birthDate', 1, 13, 'birth');
  r.checkDigit('birthDate', [[1, 13, 19]], [1, 19]);
  r.sex(1, 20);
  r.date('expiryDate', 1, 21, 'expiry');
  r.checkDigit('expiryDate', [[1, 21, 27]], [1, 27]);
}
