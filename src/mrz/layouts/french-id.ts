import { cleanValue } from '../fields.js';
import type { MrzReader } from '../reader.js';

/** French national identity card of 1988–2021: two lines of 36, no nationality and no expiry date. */
export function readFrenchId(r: MrzReader): void {
  r.documentCode(0, 0, 2, /^ID$/, 'the French identity card reads ID');
  r.state('issuingState', 0, 2);
  r.fields.lastName = cleanValue(r.take('name', 0, 5, 30));
  r.fields.administrativeCode = cleanValue(r.take('administrativeCode', 0, 30, 36));

  const documentNumber = r.take('documentNumber', 1, 0, 12);
  r.fields.documentNumber = cleanValue(documentNumber);
  r.fields.issueYearMonth = documentNumber.slice(0, 4);
  r.checkDigit('documentNumber', [[1, 0, 12]], [1, 12]);

  // Given names are separated by `<<`; each run of fillers becomes one space.
  const givenNames = r.take('name', 1, 13, 27);
  r.fields.firstName = givenNames.replace(/<+$/, '').replace(/<+/g, ' ');
  if (!givenNames.endsWith('<')) {
    r.warn('MRZ_NAME_TRUNCATED', 'the given names fill their field to the last character and may be truncated', 1, 13, 27, 'name');
  }
  r.date('birthDate', 1, 27, 'birth');
  r.checkDigit('birthDate', [[1, 27, 33]], [1, 33]);
  r.sex(1, 34);
  r.checkDigit('composite', [[0, 0, 36], [1, 0, 35]], [1, 35]);

  r.warn(
    'MRZ_EXPIRY_NOT_ENCODED',
    'expiry not encoded: issue YYMM + 10 years (+15 for adult cards issued 2004-01-02..2013-12-31 and still valid 2014-01-01)',
    1, 0, 4, 'issueYearMonth',
  );
}
