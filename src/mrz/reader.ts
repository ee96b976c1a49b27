import { checkDigit, isMrzCharacter } from './check-digit.js';
import { type DateKind, readMrzDate } from './dates.js';
import { cleanValue, emptyFields, splitName } from './fields.js';
import { isKnownStateCode, STATE_CODES_VERSION } from './state-codes.js';
import type { MrzCheck, MrzFields, MrzFinding, MrzFindingCode } from './types.js';

/** What kind of characters a stretch of the MRZ should hold (repairs only propose changes that fit it). */
export type SlotKind = 'numeric' | 'alphanumeric';

/** One stretch of the MRZ and the field it belongs to, as a layout read it. */
export interface Slot {
  field: string;
  line: number;
  start: number;
  end: number;
  kind: SlotKind;
}

/** [line index (0-based), start, end] of protected text. */
export type Span = readonly [number, number, number];

/**
 * The working state of one parse: layouts read fields through it, and it records
 * every check digit, finding and field position as it goes.
 */
export class MrzReader {
  readonly fields: MrzFields = emptyFields();
  readonly checks: MrzCheck[] = [];
  readonly errors: MrzFinding[] = [];
  readonly warnings: MrzFinding[] = [];
  readonly slots: Slot[] = [];
  /** For each entry of `checks`, the spans of text it protects. */
  readonly checkSpans: (readonly Span[])[] = [];
  dateOfBirth: string | null = null;
  dateOfExpiry: string | null = null;

  constructor(
    readonly lines: readonly string[],
    readonly reference: Date,
  ) {}

  text(line: number, start: number, end: number): string {
    return this.lines[line].slice(start, end);
  }

  /** Records where a field sits and returns its raw text. */
  take(field: string, line: number, start: number, end: number, kind: SlotKind = 'alphanumeric'): string {
    this.slots.push({ field, line, start, end, kind });
    return this.lines[line].slice(start, end);
  }

  error(code: MrzFindingCode, message: string, line: number, start: number, end: number, field?: string): MrzFinding {
    const finding: MrzFinding = { code, message, line: line + 1, start, end, ...(field ? { field } : {}) };
    this.errors.push(finding);
    return finding;
  }

  warn(code: MrzFindingCode, message: string, line: number, start: number, end: number, field?: string): MrzFinding {
    const finding: MrzFinding = { code, message, line: line + 1, start, end, ...(field ? { field } : {}) };
    this.warnings.push(finding);
    return finding;
  }

  /**
   * Checks the digit at `at` against the text of `spans`. With `fillerWhenEmpty`, a digit of `<` or `0`
   * is right when the protected text is all fillers (TD3 personal number).
   */
  checkDigit(field: string, spans: readonly Span[], at: readonly [number, number], options: { fillerWhenEmpty?: boolean; alternative?: string } = {}): MrzCheck {
    const [line, pos] = at;
    this.slots.push({ field, line, start: pos, end: pos + 1, kind: 'numeric' });
    const protectedText = spans.length === 1 ? this.text(...spans[0]) : spans.map((s) => this.text(...s)).join('');
    const found = this.lines[line][pos];
    const expected = checkDigit(protectedText);
    const check: MrzCheck = { field, line: line + 1, start: pos, end: pos + 1, found, expected, valid: found === expected };
    if (!check.valid && options.fillerWhenEmpty && /^<*$/.test(protectedText) && (found === '<' || found === '0')) {
      check.valid = true;
      check.variant = 'filler-for-empty-field';
    }
    if (!check.valid && options.alternative !== undefined && found === checkDigit(options.alternative)) {
      check.valid = true;
      check.variant = 'filler-included';
      this.warn(
        'MRZ_CHECK_DIGIT_FILLER_INCLUDED',
        `${field}: check digit '${found}' was computed with the filler before the overflow included (a known issuer variant)`,
        line, pos, pos + 1, field,
      );
    }
    this.checks.push(check);
    this.checkSpans.push(spans);
    // A digit outside the character set is already an MRZ_INVALID_CHARACTER error.
    if (!check.valid && expected !== null && isMrzCharacter(found)) {
      this.error('MRZ_CHECK_DIGIT_MISMATCH', `${field}: found '${found}', expected ${expected}`, line, pos, pos + 1, field);
    }
    return check;
  }

  /** Reads a YYMMDD date field into `fields[field]` and the ISO date. */
  date(field: 'birthDate' | 'expiryDate', line: number, start: number, kind: DateKind): string | null {
    const raw = this.take(field, line, start, start + 6, 'numeric');
    this.fields[field] = raw;
    const date = readMrzDate(raw, kind, this.reference);
    if (date.status === 'invalid') {
      if (checkDigit(raw) === null) return null; // a character outside the set: already an MRZ_INVALID_CHARACTER error
      this.error('MRZ_INVALID_DATE', `${field} ${raw}: ${date.reason}`, line, start, start + 6, field);
      return null;
    }
    if (date.status === 'unknown') {
      this.warn('MRZ_DATE_UNKNOWN', `${field} ${raw}: written with fillers, the date is unknown`, line, start, start + 6, field);
      return null;
    }
    if (kind === 'birth') this.dateOfBirth = date.iso;
    else this.dateOfExpiry = date.iso;
    return date.iso;
  }

  sex(line: number, pos: number): void {
    const raw = this.take('sex', line, pos, pos + 1);
    this.fields.sex = raw;
    if (raw !== 'M' && raw !== 'F' && raw !== '<') {
      this.error('MRZ_INVALID_SEX', `sex '${raw}' not in {M,F,<}`, line, pos, pos + 1, 'sex');
    }
  }

  state(field: 'issuingState' | 'nationality', line: number, start: number): void {
    const raw = this.take(field, line, start, start + 3);
    const value = cleanValue(raw);
    this.fields[field] = value;
    if (!/^[A-Z<]{3}$/.test(raw)) {
      if (checkDigit(raw) !== null) {
        this.error('MRZ_INVALID_STATE_CODE', `${field} '${raw}' must be 3 characters from [A-Z<]`, line, start, start + 3, field);
      }
      return;
    }
    if (!isKnownStateCode(value)) {
      this.warn(
        'MRZ_UNKNOWN_STATE_CODE',
        `${field} '${value}' is not in the state code table ${STATE_CODES_VERSION}`,
        line, start, start + 3, field,
      );
    }
  }

  /** A name field split into last and first names; a field filled to its end may have been truncated. */
  names(line: number, start: number, end: number): void {
    const raw = this.take('name', line, start, end);
    const { lastName, firstName } = splitName(raw);
    this.fields.lastName = lastName;
    this.fields.firstName = firstName;
    if (raw.length > 0 && raw[raw.length - 1] !== '<') {
      this.warn('MRZ_NAME_TRUNCATED', 'the name fills its field to the last character and may be truncated', line, start, end, 'name');
    }
  }

  /** The document code: `allowed` tests its first character. */
  documentCode(line: number, start: number, end: number, allowed: RegExp, expectation: string): void {
    const raw = this.take('documentCode', line, start, end);
    this.fields.documentCode = cleanValue(raw);
    if (!allowed.test(raw)) {
      this.error('MRZ_INVALID_DOCUMENT_CODE', `document code '${raw}' is not plausible here: ${expectation}`, line, start, end, 'documentCode');
    }
  }
}
