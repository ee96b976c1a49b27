import type { MrzReader } from '../reader.js';

/** Swiss (and Liechtenstein) driving licence: lines of 9, 30 and 30, without check digits. */
export function readSwissDrivingLicence(r: MrzReader): void {
  const head = r.take('documentNumber', 0, 0, 9);
  r.fields.documentNumber = head.slice(0, 7);
  r.fields.languageCode = head[6];
  if (!/^[A-Z0-9]{3}[0-9]{3}[DFIR]<<$/.test(head)) {
    r.error('MRZ_INVALID_FIELD', `line 1 '${head}' must be 3 letters or digits, 3 digits, a language code (D, F, I, R) and <<`, 0, 0, 9, 'documentNumber');
  }

  r.documentCode(1, 0, 2, /^FA$/, 'the Swiss driving licence reads FA');
  const state = r.take('issuingState', 1, 2, 5);
  r.fields.issuingState = state;
  if (state !== 'CHE' && state !== 'LIE') {
    r.error('MRZ_INVALID_STATE_CODE', `issuingState '${state}' must be CHE or LIE on a Swiss driving licence`, 1, 2, 5, 'issuingState');
  }
  const pinCode = r.take('pinCode', 1, 5, 14, 'numeric');
  const versionNumber = r.take('versionNumber', 1, 14, 17, 'numeric');
  r.fields.pinCode = pinCode;
  r.fields.versionNumber = versionNumber;
  r.fields.visualDocumentNumber = pinCode + versionNumber;
  if (!/^[0-9]{12}$/.test(pinCode + versionNumber)) {
    r.error('MRZ_INVALID_FIELD', 'the PIN code and version number (line 2, positions 6–17) must be digits', 1, 5, 17, 'pinCode');
  }
  requireFillers(r, 1, 17, 19);
  r.date('birthDate', 1, 19, 'birth');
  requireFillers(r, 1, 25, 30);
  r.names(2, 0, 30);

  r.warn('MRZ_NO_CHECK_DIGITS', 'format has no check digits', 0, 0, 0);
}

function requireFillers(r: MrzReader, line: number, start: number, end: number): void {
  const text = r.text(line, start, end);
  if (!/^<*$/.test(text)) {
    r.error('MRZ_INVALID_FIELD', `line ${line + 1}, positions ${start + 1}–${end}: '${text}' must be fillers (<)`, line, start, end);
  }
}
