// MRZ dates are YYMMDD: the century is resolved, and the date must exist in the calendar.

export type DateKind = 'birth' | 'expiry';

export type MrzDate =
  | { status: 'valid'; iso: string }
  | { status: 'unknown' }
  | { status: 'invalid'; reason: string };

/** How far ahead an expiry date may lie before it is read as last century. */
const EXPIRY_WINDOW_YEARS = 50;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Reads a YYMMDD date. Birth dates take the latest century that does not put them after `reference`;
 * expiry dates take 20YY unless that is more than 50 years after `reference`.
 * A date written (wholly or partly) with fillers is unknown, as ICAO allows.
 */
export function readMrzDate(raw: string, kind: DateKind, reference: Date): MrzDate {
  if (raw.includes('<')) {
    return /^[0-9<]{6}$/.test(raw) ? { status: 'unknown' } : { status: 'invalid', reason: 'has characters other than digits and <' };
  }
  if (!/^[0-9]{6}$/.test(raw)) return { status: 'invalid', reason: 'has characters other than digits' };
  const yy = Number(raw.slice(0, 2));
  const month = Number(raw.slice(2, 4));
  const day = Number(raw.slice(4, 6));
  if (month < 1 || month > 12) return { status: 'invalid', reason: `month ${raw.slice(2, 4)} out of range` };
  const year = resolveCentury(yy, month, day, kind, reference);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { status: 'invalid', reason: `day ${raw.slice(4, 6)} out of range for month ${raw.slice(2, 4)}` };
  }
  return { status: 'valid', iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

function resolveCentury(yy: number, month: number, day: number, kind: DateKind, reference: Date): number {
  const refYear = reference.getUTCFullYear();
  const candidate = Math.floor(refYear / 100) * 100 + yy;
  if (kind === 'birth') {
    const refKey = refYear * 10_000 + (reference.getUTCMonth() + 1) * 100 + reference.getUTCDate();
    return candidate * 10_000 + month * 100 + Math.min(day, 31) > refKey ? candidate - 100 : candidate;
  }
  if (candidate > refYear + EXPIRY_WINDOW_YEARS) return candidate - 100;
  if (candidate < refYear - (100 - EXPIRY_WINDOW_YEARS)) return candidate + 100;
  return candidate;
}
