import type { MrzFields } from './types.js';

/** Every field absent: what a layout starts from, and what an unreadable MRZ reports. */
export function emptyFields(): MrzFields {
  return {
    documentCode: null,
    issuingState: null,
    documentNumber: null,
    nationality: null,
    birthDate: null,
    sex: null,
    expiryDate: null,
    lastName: null,
    firstName: null,
    personalNumber: null,
    optionalData1: null,
    optionalData2: null,
  };
}

/** Trailing fillers removed, the other fillers turned into spaces. */
export function cleanValue(raw: string): string {
  let end = raw.length;
  while (end > 0 && raw.charCodeAt(end - 1) === 60) end--;
  const trimmed = end === raw.length ? raw : raw.slice(0, end);
  return trimmed.includes('<') ? trimmed.replaceAll('<', ' ') : trimmed;
}

/** Splits a name field at its first `<<` into primary (last) and secondary (first) identifiers. */
export function splitName(raw: string): { lastName: string; firstName: string } {
  let end = raw.length;
  while (end > 0 && raw.charCodeAt(end - 1) === 60) end--;
  const trimmed = raw.slice(0, end);
  const separator = trimmed.indexOf('<<');
  if (separator < 0) return { lastName: trimmed.replaceAll('<', ' '), firstName: '' };
  return {
    lastName: trimmed.slice(0, separator).replaceAll('<', ' '),
    firstName: trimmed.slice(separator + 2).replaceAll('<', ' '),
  };
}
