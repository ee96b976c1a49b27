import type { KycGovId } from './types.js';

export interface GovIdOutcome {
  checked: boolean;
  verified: boolean;
  strength: number;
  matchStrengths: { govId: number };
}

/** A document number as compared: letters and digits only, upper case (spaces, dashes and dots dropped). */
export function normalizeGovIdNumber(number: string): string {
  return number.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const sameType = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const sameCountry = (a: string | undefined, b: string | undefined) => !a || !b || a.trim().toUpperCase() === b.trim().toUpperCase();

/** Verified when one of the applicant's IDs has the number (after normalisation), type and country of one of the record's. */
export function matchGovId(applicant: KycGovId[], record: KycGovId[]): GovIdOutcome {
  if (applicant.length === 0) return { checked: false, verified: false, strength: 0, matchStrengths: { govId: 0 } };
  const verified = applicant.some((a) =>
    record.some((r) => normalizeGovIdNumber(a.number) === normalizeGovIdNumber(r.number) && (sameType(a.type, r.type) || !a.type || !r.type) && sameCountry(a.country, r.country)),
  );
  return { checked: true, verified, strength: verified ? 100 : 0, matchStrengths: { govId: verified ? 100 : 0 } };
}
