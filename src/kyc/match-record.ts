import { prepareName } from './compare-names.js';
import { matchAddress, type AddressOutcome } from './match-address.js';
import { matchDateOfBirth, type DobOutcome } from './match-date-of-birth.js';
import { matchGovId, type GovIdOutcome } from './match-gov-id.js';
import { matchName, preparePerson, type NameOutcome, type PreparedPerson } from './match-name.js';
import type { MatchSettings } from './match-settings.js';
import type { KycApplicant, KycAttribute, KycRecord } from './types.js';

export interface GenderOutcome {
  checked: boolean;
  verified: boolean;
  strength: number;
  matchStrengths: { gender: number };
}

/** How one record agrees with the applicant, attribute by attribute. */
export interface RecordMatch {
  record: KycRecord;
  name: NameOutcome;
  dateOfBirth: DobOutcome;
  address: AddressOutcome;
  gender: GenderOutcome;
  govId: GovIdOutcome;
  /** Attributes verified, in alphabetical order (as the reference lists `attributesMatched`). */
  verified: KycAttribute[];
  /** Ranking score among candidates. */
  score: number;
}

export interface PreparedApplicant {
  applicant: KycApplicant;
  person: PreparedPerson;
}

export function prepareApplicant(applicant: KycApplicant): PreparedApplicant {
  return { applicant, person: personOf(applicant) };
}

function personOf(p: { givenName?: string; middleName?: string; familyName?: string; otherNames: string[] }): PreparedPerson {
  return preparePerson(prepareName(p.givenName), prepareName(p.familyName), prepareName([p.middleName, ...p.otherNames].filter(Boolean).join(' ')));
}

function matchGender(a: KycApplicant['gender'], r: KycRecord['gender']): GenderOutcome {
  if (!a || a === 'U') return { checked: false, verified: false, strength: 0, matchStrengths: { gender: 0 } };
  const verified = a === r;
  return { checked: true, verified, strength: verified ? 100 : 0, matchStrengths: { gender: verified ? 100 : 0 } };
}

/**
 * Whether a record is the applicant's even where the name alone is not enough to say so: the family name
 * agrees; or the given name does with the address, or with the exact date of birth and some of the address
 * (a family name changed by marriage: a given name and a birthday alone are shared by many in a large
 * source); or the exact date of birth and the address do (a given name written differently).
 */
function isSamePerson(name: NameOutcome, dob: DobOutcome, address: AddressOutcome): boolean {
  if (name.strongEnough) return true;
  const givenAgrees = name.matchStrengths.givenName >= GIVEN_NAME_FLOOR;
  const exactDob = dob.matchedBy === 'exact';
  const m = address.matchStrengths;
  const placeAgrees = m.postalCode === 100 || (m.locality ?? 0) >= GIVEN_NAME_FLOOR || (m.streetName ?? 0) >= GIVEN_NAME_FLOOR;
  return (givenAgrees && (address.verified || (exactDob && placeAgrees))) || (exactDob && address.verified);
}

/** A given name this alike counts as agreeing for isSamePerson. */
const GIVEN_NAME_FLOOR = 80;

/**
 * Compares the applicant with one record. A record's date of birth, address and gender count only when the
 * name agrees strongly enough (or a government ID matched) to take the record as the applicant's: otherwise
 * they belong to someone else and are reported unverified.
 */
export function matchRecord(prepared: PreparedApplicant, record: KycRecord, settings: MatchSettings): RecordMatch {
  const { applicant } = prepared;
  const name = matchName(prepared.person, personOf(record), settings);
  const govId = matchGovId(applicant.govIds, record.govIds);
  const dateOfBirth = matchDateOfBirth(applicant.dateOfBirth, record.dateOfBirth, settings);
  const address = matchAddress(applicant.addresses, record.address, settings);
  const gender = matchGender(applicant.gender, record.gender);
  const samePerson = isSamePerson(name, dateOfBirth, address) || govId.verified;
  if (!samePerson) {
    dateOfBirth.verified = false;
    address.verified = false;
    gender.verified = false;
  }
  const verified: KycAttribute[] = [];
  if (dateOfBirth.verified) verified.push('dateOfBirth');
  if (address.verified) verified.push('address');
  if (gender.verified) verified.push('gender');
  if (govId.verified) verified.push('govId');
  if (name.verified) verified.push('name');
  verified.sort();
  const score = name.strength * 2 + dateOfBirth.strength + address.strength + govId.strength * 2 + gender.strength * 0.1 + verified.length * 50;
  return { record, name, dateOfBirth, address, gender, govId, verified, score };
}

/** The candidate that agrees best with the applicant, among those with an attribute verified (see matchRecord). */
export function bestRecord(prepared: PreparedApplicant, candidates: readonly KycRecord[], settings: MatchSettings): RecordMatch | undefined {
  let best: RecordMatch | undefined;
  for (const c of candidates) {
    const m = matchRecord(prepared, c, settings);
    if (m.verified.length === 0) continue;
    if (!best || m.score > best.score || (m.score === best.score && m.record.recordId < best.record.recordId)) best = m;
  }
  return best;
}
