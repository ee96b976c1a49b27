import { cleanValue } from '../fields.js';
import type { MrzReader } from '../reader.js';

/** French driving licence (1 line of 30): number, expiry date and surname, protected by two check digits. */
export function readFrenchDrivingLicence(r: MrzReader): void {
  r.documentCode(0, 0, 2, /^[ABD][0-9]$/, 'the French driving licence starts with A, B or D and a digit');
  r.state('issuingState', 0, 2);
  r.fields.documentNumber = cleanValue(r.take('documentNumber', 0, 5, 14));
  r.checkDigit('documentNumber', [[0, 0, 14]], [0, 14]);
  r.date('expiryDate', 0, 15, 'expiry');
  r.fields.lastName = cleanValue(r.take('name', 0, 21, 29));
  r.checkDigit('composite', [[0, 0, 29]], [0, 29]);
}
