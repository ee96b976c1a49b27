import type { MrzResult } from '../../mrz/index.js';

/** Whole years between an ISO birth date and `on`. */
export function ageOn(dateOfBirth: string, on: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const years = on.getUTCFullYear() - y;
  const beforeBirthday = on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d);
  return beforeBirthday ? years - 1 : years;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The French identity card (1988–2021) prints no expiry in its MRZ: it is valid 10 years from the issue
 * month, 15 years for cards issued to adults from 2 January 2004 to 31 December 2013.
 */
export function frenchIdExpiry(mrz: MrzResult): string | null {
  const issue = mrz.fields.issueYearMonth;
  if (mrz.format !== 'FRENCH_ID' || !issue || !/^\d{4}$/.test(issue)) return null;
  const yy = Number(issue.slice(0, 2));
  const month = Number(issue.slice(2, 4));
  if (month < 1 || month > 12) return null;
  const year = yy >= 88 ? 1900 + yy : 2000 + yy;
  const issuedAt = `${year}-${issue.slice(2, 4)}-01`;
  const adult = mrz.dateOfBirth !== null && ageOn(mrz.dateOfBirth, new Date(`${issuedAt}T00:00:00Z`)) >= 18;
  const extended = adult && issuedAt >= '2004-01-01' && issuedAt <= '2013-12-31';
  return `${year + (extended ? 15 : 10)}-${issue.slice(2, 4)}-01`;
}
