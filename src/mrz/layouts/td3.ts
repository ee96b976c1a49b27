import { cleanValue } from '../fields.js';
import type { MrzReader } from '../reader.js';
import { readPersonalBlock } from './td2.js';

/** TD3 (two lines of 44, passports) and MRV-A (the visa of the same size: 16 characters of optional data, no composite). */
export function readTd3(r: MrzReader, visa: boolean): void {
  if (visa) r.documentCode(0, 0, 2, /^V[A-Z<]$/, 'a visa starts with V');
  else r.documentCode(0, 0, 2, /^P[A-Z<]$/, 'a passport starts with P');
  r.state('issuingState', 0, 2);
  r.names(0, 5, 44);

  r.fields.documentNumber = cleanValue(r.take('documentNumber', 1, 0, 9));
  r.checkDigit('documentNumber', [[1, 0, 9]], [1, 9]);
  readPersonalBlock(r);
  if (visa) {
    r.fields.optionalData1 = cleanValue(r.take('optionalData1', 1, 28, 44));
    return;
  }
  r.fields.personalNumber = cleanValue(r.take('personalNumber', 1, 28, 42));
  r.checkDigit('personalNumber', [[1, 28, 42]], [1, 42], { fillerWhenEmpty: true });
  r.checkDigit('composite', [[1, 0, 10], [1, 13, 20], [1, 21, 43]], [1, 43]);
}
