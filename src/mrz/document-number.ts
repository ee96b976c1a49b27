import { cleanValue } from './fields.js';
import type { MrzReader } from './reader.js';

/**
 * Reads the 9-character document number of TD1/TD2 and its check digit. When the check digit position
 * holds `<`, the number is longer: its remaining characters and their check digit open the optional data,
 * ended by a filler (Doc 9303 part 5/6, note j). Returns where the optional data really starts.
 */
export function readDocumentNumber(r: MrzReader, line: number, start: number, optionalStart: number, optionalEnd: number): number {
  const head = r.take('documentNumber', line, start, start + 9);
  const cdPos = start + 9;
  if (r.lines[line][cdPos] !== '<') {
    r.fields.documentNumber = cleanValue(head);
    r.checkDigit('documentNumber', [[line, start, start + 9]], [line, cdPos]);
    return optionalStart;
  }
  const optional = r.text(line, optionalStart, optionalEnd);
  let overflowLength = optional.indexOf('<');
  if (overflowLength < 0) overflowLength = optional.length;
  if (overflowLength === 0) {
    r.fields.documentNumber = cleanValue(head);
    r.slots.push({ field: 'documentNumber', line, start: cdPos, end: cdPos + 1, kind: 'numeric' });
    r.checks.push({ field: 'documentNumber', line: line + 1, start: cdPos, end: cdPos + 1, found: '<', expected: null, valid: false });
    r.checkSpans.push([[line, start, cdPos]]);
    r.error(
      'MRZ_DOCUMENT_NUMBER_OVERFLOW_MISSING',
      `document number check digit is '<' (extended-number marker) but the optional data that should hold the rest of the number and its check digit is empty`,
      line, cdPos, cdPos + 1, 'documentNumber',
    );
    return optionalStart;
  }
  const overflowEnd = optionalStart + overflowLength - 1; // the last overflow character is the check digit
  r.take('documentNumber', line, optionalStart, overflowEnd);
  const rest = r.text(line, optionalStart, overflowEnd);
  r.fields.documentNumber = cleanValue(head) + rest;
  r.checkDigit('documentNumber', [[line, start, start + 9], [line, optionalStart, overflowEnd]], [line, overflowEnd], {
    alternative: `${head}<${rest}`,
  });
  return Math.min(overflowEnd + 2, optionalEnd);
}
