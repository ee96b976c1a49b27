import anyAscii from 'any-ascii';
import type { MatchlistEntryType } from './types.js';

/**
 * The compared forms of matchlist values. Each returns undefined for a value that has nothing
 * to compare (an email without @, a phone without digits), so it never matches anything.
 */

export function normalizeEmail(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(v) ? v : undefined;
}

/** Digits only, with a leading + when the number is international (`+` or `00`). */
export function normalizePhone(value: string): string | undefined {
  let v = value.trim().replace(/[\s\-().\u00a0/]/g, '');
  if (v.startsWith('00')) v = '+' + v.slice(2);
  return /^\+?\d{4,}$/.test(v) ? v : undefined;
}

/** Upper case, letters and digits only (spaces, dashes and MRZ fillers dropped). */
export function normalizeDocumentNumber(value: string): string | undefined {
  const v = anyAscii(value).toUpperCase().replace(/[^A-Z0-9]/g, '');
  return v.length > 0 ? v : undefined;
}

/** Transliterated to ASCII, lower case, punctuation dropped, tokens sorted: "Müller-Lüdenscheidt, Hans" = "hans ludenscheidt muller". */
export function normalizeName(value: string): string | undefined {
  const tokens = anyAscii(value)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0)
    .sort();
  return tokens.length > 0 ? tokens.join(' ') : undefined;
}

export function normalizeCountry(value: string | null | undefined): string | undefined {
  const v = value?.trim().toUpperCase();
  return v ? v : undefined;
}

export function normalizeValue(type: MatchlistEntryType, value: string): string | undefined {
  switch (type) {
    case 'NAME':
      return normalizeName(value);
    case 'EMAIL':
      return normalizeEmail(value);
    case 'PHONE':
      return normalizePhone(value);
    case 'DOCUMENT':
      return normalizeDocumentNumber(value);
  }
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value);
}

/** Two dates of birth agree when they are equal to the precision both give (1980 agrees with 1980-05-01). */
export function datesAgree(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}
