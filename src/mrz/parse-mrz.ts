import { isMrzCharacter } from './check-digit.js';
import { detectFormat } from './detect-format.js';
import { emptyFields } from './fields.js';
import { LAYOUTS } from './layouts/index.js';
import { MrzReader } from './reader.js';
import { suggestCharacterRepairs, suggestCheckDigitRepairs } from './repairs.js';
import type { MrzFinding, MrzFormat, MrzResult, ParseMrzOptions } from './types.js';

/** Lines of an MRZ given as an array or as one text; surrounding whitespace and empty lines are dropped. */
export function splitMrzLines(input: readonly string[] | string): string[] {
  const raw = typeof input === 'string' ? input.split(/\r?\n|\r/) : input;
  const lines: string[] = [];
  for (const line of raw) {
    const trimmed = line.trim();
    if (trimmed.length > 0) lines.push(trimmed);
  }
  return lines;
}

function unreadable(format: MrzFormat, errors: MrzFinding[]): MrzResult {
  return { valid: false, format, fields: emptyFields(), dateOfBirth: null, dateOfExpiry: null, checks: [], errors, warnings: [] };
}

/**
 * Parses and validates a machine readable zone (ICAO 9303 TD1/TD2/TD3, MRV-A/B, and the French identity
 * card, French and Swiss driving licences). Never throws on bad input: every problem is a finding with a
 * stable code and its place; repairs of OCR confusions are suggested, never applied.
 */
export function parseMrz(input: readonly string[] | string, options: ParseMrzOptions = {}): MrzResult {
  const lines = splitMrzLines(input);
  if (lines.length === 0) {
    return unreadable('UNKNOWN', [{ code: 'MRZ_EMPTY_INPUT', message: 'no MRZ lines given: pass 1 to 3 lines of the zone', line: 0, start: 0, end: 0 }]);
  }
  const format = detectFormat(lines);
  if (format === 'UNKNOWN') {
    const lengths = lines.map((l) => l.length).join('/');
    return unreadable('UNKNOWN', [
      {
        code: 'MRZ_UNKNOWN_LAYOUT',
        message: `unrecognised layout (lines=${lines.length}, lengths=${lengths}): expected 3×30 (TD1), 2×36 (TD2, MRV-B, French ID), 2×44 (TD3, MRV-A), 1×30 (French driving licence) or 9/30/30 (Swiss driving licence)`,
        line: 1, start: 0, end: lines[0].length,
      },
    ]);
  }
  const layout = LAYOUTS[format];
  const structural: MrzFinding[] = [];
  if (lines.length !== layout.lineLengths.length) {
    structural.push({
      code: 'MRZ_LINE_COUNT',
      message: `${format} needs ${layout.lineLengths.length} lines, got ${lines.length}`,
      line: Math.min(lines.length, layout.lineLengths.length), start: 0, end: 0,
    });
  }
  layout.lineLengths.forEach((expected, i) => {
    const line = lines[i];
    if (line !== undefined && line.length !== expected) {
      structural.push({
        code: 'MRZ_LINE_LENGTH',
        message: `${format} line ${i + 1} must have ${expected} characters, it has ${line.length}`,
        line: i + 1, start: 0, end: line.length,
      });
    }
  });
  if (structural.length > 0) return unreadable(format, structural);

  const reference = options.referenceDate ?? new Date();
  const r = new MrzReader(lines, reference);
  layout.read(r);

  const invalid: Array<[number, number]> = [];
  lines.forEach((line, l) => {
    for (let pos = 0; pos < line.length; pos++) if (!isMrzCharacter(line[pos])) invalid.push([l, pos]);
  });
  const errors: MrzFinding[] = [];
  if (invalid.length > 0) {
    const repairs = suggestCharacterRepairs(r, layout.read, invalid);
    for (const [l, pos] of invalid) {
      const suggested = repairs.get(`${l}:${pos}`) ?? [];
      errors.push({
        code: 'MRZ_INVALID_CHARACTER',
        message: `line ${l + 1} has characters outside [A-Z0-9<]: "${lines[l][pos]}" at position ${pos + 1}`,
        line: l + 1, start: pos, end: pos + 1,
        ...(suggested.length > 0 ? { repairs: suggested } : {}),
      });
    }
  }
  errors.push(...r.errors);
  if (r.errors.some((e) => e.code === 'MRZ_CHECK_DIGIT_MISMATCH')) {
    const repairs = suggestCheckDigitRepairs(r);
    for (const error of r.errors) {
      if (error.code !== 'MRZ_CHECK_DIGIT_MISMATCH') continue;
      const fitting = repairs.filter((repair) => repair.fixes.includes(error.field ?? ''));
      if (fitting.length > 0) error.repairs = fitting;
    }
  }
  return {
    valid: errors.length === 0,
    format,
    fields: r.fields,
    dateOfBirth: r.dateOfBirth,
    dateOfExpiry: r.dateOfExpiry,
    checks: r.checks,
    errors,
    warnings: r.warnings,
  };
}
