import type { Individual } from '../../domain/index.js';
import type { ApplicantFields } from '../../domain/applicant.js';
import { countryCode } from '../../screening/lists/countries.js';

/** What is screened for one person: the names they go by, and the attributes that confirm or refute a hit. */
export interface ScreeningSubject {
  names: string[];
  dob?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  gender?: 'male' | 'female';
}

const clean = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;

/** The subject of an individual, with the instance's applicant fields filling what the entity lacks. */
export function screeningSubject(entity: Partial<Individual> | undefined, applicant: ApplicantFields = {}): ScreeningSubject {
  const names: string[] = [];
  const add = (name: string | undefined) => {
    const n = clean(name);
    if (n && !names.some((x) => x.toLowerCase() === n.toLowerCase())) names.push(n);
  };
  const name = entity?.name;
  add(name?.displayName);
  add([name?.givenName, name?.middleName, name?.familyName].filter(Boolean).join(' '));
  add([applicant.firstName, applicant.lastName].filter(Boolean).join(' '));
  const dob = clean(entity?.dateOfBirth) ?? clean(applicant.dateOfBirth);
  const country = countryCode(clean(entity?.nationality) ?? clean(applicant.nationality));
  const gender = entity?.gender === 'M' ? 'male' : entity?.gender === 'F' ? 'female' : undefined;
  return {
    names,
    ...(dob && /^\d{4}(-\d{2}-\d{2})?$/.test(dob) ? { dob } : {}),
    ...(country ? { country } : {}),
    ...(gender ? { gender } : {}),
  };
}
