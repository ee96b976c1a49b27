import { foldText } from '../screening/normalize/fold-text.js';
import { editSimilarity } from '../screening/score/string-similarity.js';
import { localityWord, streetTypeOf, subdivisionOf } from './address-abbreviations.js';
import { minimumStrength, type MatchSettings } from './match-settings.js';
import type { KycAddress } from './types.js';

export type AddressStrengths = Partial<Record<'fullAddress' | keyof Omit<KycAddress, 'unitNumber'> | 'unitNumber', number>>;

export interface AddressOutcome {
  checked: boolean;
  verified: boolean;
  strength: number;
  matchStrengths: AddressStrengths;
}

const fold = (s: string) => foldText(s).text;
const words = (s: string) => fold(s).split(' ').filter(Boolean);
const street = (s: string) => words(s).filter((w, i, all) => !(i === all.length - 1 && all.length > 1 && streetTypeOf(w))).join(' ');
const locality = (s: string) => words(s).map(localityWord).join(' ');
const streetType = (s: string) => words(s).map((w) => streetTypeOf(w) ?? w).join(' ');
const subdivision = (s: string) => subdivisionOf(fold(s));
const code = (s: string) => fold(s).replace(/ /g, '');

type Compare = (a: string, b: string) => number;
const exactly = (norm: (s: string) => string): Compare => (a, b) => (norm(a) === norm(b) ? 100 : 0);
const similar = (norm: (s: string) => string): Compare => (a, b) => Math.round(editSimilarity(norm(a), norm(b)) * 100);

/** Each component: how it is compared and what it weighs in the full-address strength. */
const COMPONENTS: Array<[keyof KycAddress, Compare, number]> = [
  ['unitNumber', exactly(code), 0.5],
  ['streetNumber', exactly(code), 2],
  ['streetName', similar(street), 3],
  ['streetType', exactly(streetType), 0.5],
  ['locality', similar(locality), 2],
  ['district', similar(fold), 0.5],
  ['subdivision', exactly(subdivision), 0.5],
  ['postalCode', exactly(code), 2],
  ['country', exactly(code), 0.5],
];

/**
 * Compares one address with another component by component (street types, locality words and states
 * through the abbreviation tables); the full-address strength is the weighted mean over the components both
 * sides have. Verified when that reaches the minimum strength, the street name does too, the street numbers
 * agree where both have one, and the locality or the postcode agrees.
 */
export function compareAddress(a: KycAddress, b: KycAddress, settings: MatchSettings): AddressOutcome {
  const matchStrengths: AddressStrengths = {};
  let weighted = 0;
  let total = 0;
  for (const [key, compare, weight] of COMPONENTS) {
    const x = a[key];
    const y = b[key];
    if (!x || !y) continue;
    const s = compare(x, y);
    matchStrengths[key] = s;
    weighted += s * weight;
    total += weight;
  }
  const fullAddress = total > 0 ? Math.round(weighted / total) : 0;
  const min = minimumStrength(settings);
  const placeAgrees = (matchStrengths.locality ?? 0) >= min || matchStrengths.postalCode === 100;
  const verified = fullAddress >= min && (matchStrengths.streetName ?? 0) >= min && matchStrengths.streetNumber !== 0 && placeAgrees;
  return { checked: true, verified, strength: fullAddress, matchStrengths: { fullAddress, ...matchStrengths } };
}

/** The best agreement of any of the applicant's addresses with the record's. */
export function matchAddress(applicant: KycAddress[], record: KycAddress | undefined, settings: MatchSettings): AddressOutcome {
  if (applicant.length === 0) return { checked: false, verified: false, strength: 0, matchStrengths: {} };
  let best: AddressOutcome = { checked: true, verified: false, strength: 0, matchStrengths: { fullAddress: 0 } };
  if (!record) return best;
  for (const a of applicant) {
    const o = compareAddress(a, record, settings);
    if (Number(o.verified) - Number(best.verified) > 0 || (o.verified === best.verified && o.strength > best.strength)) best = o;
  }
  return best;
}
