import { lookupWordForms } from './compare-names.js';
import { normalizeGovIdNumber } from './match-gov-id.js';
import type { KycAddress, KycApplicant, KycGovId, KycRecord } from './types.js';

/** Name words indexed per person (the rest are left out of keys, not of comparison). */
const MAX_NAME_WORDS = 6;

interface KeyParts {
  names: Array<string | undefined>;
  dobs: string[];
  postcodes: string[];
  govIds: KycGovId[];
}

const postcode = (a: KycAddress | undefined) => a?.postalCode?.replace(/\s+/g, '').toUpperCase() || undefined;
const fullDate = (d: string | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d.replace(/-/g, '') : undefined);

/**
 * Candidate lookup keys: each pair of name words, each name word with the date of birth and with the postcode,
 * the date of birth with the postcode, and each government ID number. Name pairs use phonetic keys; with the
 * date of birth or the postcode a name word also comes as its first three letters (a typo that changes the
 * sound keeps the start). Any two of name, date of birth and postcode agreeing find the record.
 */
function keysOf(parts: KeyParts): string[] {
  const seen = new Set<string>();
  const words = parts.names
    .flatMap((n) => lookupWordForms(n))
    .filter(([p]) => !seen.has(p) && Boolean(seen.add(p)))
    .slice(0, MAX_NAME_WORDS);
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]![0];
      const b = words[j]![0];
      keys.add(a < b ? `n:${a}|${b}` : `n:${b}|${a}`);
    }
    for (const form of words[i]!) {
      for (const d of parts.dobs) keys.add(`nd:${form}|${d}`);
      for (const p of parts.postcodes) keys.add(`np:${form}|${p}`);
    }
  }
  for (const d of parts.dobs) for (const p of parts.postcodes) keys.add(`dp:${d}|${p}`);
  for (const g of parts.govIds) {
    const n = normalizeGovIdNumber(g.number);
    if (n) keys.add(`g:${n}`);
  }
  return [...keys];
}

export function recordLookupKeys(r: KycRecord): string[] {
  const dob = fullDate(r.dateOfBirth);
  const pc = postcode(r.address);
  return keysOf({ names: [r.givenName, r.middleName, r.familyName, ...r.otherNames], dobs: dob ? [dob] : [], postcodes: pc ? [pc] : [], govIds: r.govIds });
}

/** The applicant's keys; with `transposed` tolerance also those of the date with day and month swapped. */
export function applicantLookupKeys(a: KycApplicant, options: { transposedDob?: boolean } = {}): string[] {
  const dob = fullDate(a.dateOfBirth);
  const dobs = dob ? [dob] : [];
  if (dob && options.transposedDob) dobs.push(dob.slice(0, 4) + dob.slice(6, 8) + dob.slice(4, 6));
  const postcodes = [...new Set(a.addresses.map(postcode).filter((p): p is string => p !== undefined))];
  return keysOf({ names: [a.givenName, a.middleName, a.familyName, ...a.otherNames], dobs, postcodes, govIds: a.govIds });
}
