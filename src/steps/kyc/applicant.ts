import type { Individual } from '../../domain/index.js';
import type { ApplicantFields } from '../../domain/applicant.js';
import { parseDateOfBirth } from '../../kyc/canonical-fields.js';
import { parseStreetLine } from '../../kyc/parse-address.js';
import type { KycAddress, KycApplicant } from '../../kyc/types.js';

type EntityAddress = NonNullable<Individual['addresses']>[number];

function addressOf(a: EntityAddress): KycAddress | undefined {
  const { streetAddress, ...components } = a;
  const given: KycAddress = {};
  for (const [k, v] of Object.entries(components) as Array<[keyof KycAddress, string | undefined]>) if (v && v.trim()) given[k] = v.trim();
  const address = streetAddress && streetAddress.trim() ? parseStreetLine(streetAddress, given) : given;
  return Object.keys(address).length > 0 ? address : undefined;
}

/** The person the KYC step verifies: the entity, with the instance's applicant fields filling what it lacks. */
export function kycApplicantOf(entity: Individual, applicant: ApplicantFields = {}): KycApplicant {
  const dob = entity.dateOfBirth ?? applicant.dateOfBirth;
  const givenName = entity.name.givenName ?? applicant.firstName;
  const familyName = entity.name.familyName ?? applicant.lastName;
  const out: KycApplicant = {
    otherNames: [],
    addresses: (entity.addresses ?? []).map(addressOf).filter((a): a is KycAddress => a !== undefined),
    govIds: (entity.documents ?? []).map((d) => ({ type: d.type, number: d.number, ...(d.country ? { country: d.country } : {}) })),
  };
  if (givenName) out.givenName = givenName;
  if (entity.name.middleName) out.middleName = entity.name.middleName;
  if (familyName) out.familyName = familyName;
  // Only a display name: its last word is taken as the family name, the rest as given names.
  if (!out.givenName && !out.familyName && entity.name.displayName.trim()) {
    const words = entity.name.displayName.trim().split(/\s+/);
    out.familyName = words.pop();
    if (words.length) out.givenName = words.join(' ');
  }
  const parsedDob = dob ? parseDateOfBirth(dob) : undefined;
  if (parsedDob) out.dateOfBirth = parsedDob;
  if (entity.gender) out.gender = entity.gender;
  return out;
}
