import type { ProDraft } from '../../engine/step-type.js';
import { fuzzinessOf, type MatchSettings } from '../../kyc/match-settings.js';
import type { SourceOutcome } from '../../kyc/verify-applicant.js';
import type { KycApplicant } from '../../kyc/types.js';

/** The attributes a KYC PRO is made for: PRO objectType and supplementaryData type. */
const ATTRIBUTES = [
  ['name', 'NAME', 'KYC_NAME'],
  ['dateOfBirth', 'DATE_OF_BIRTH', 'KYC_DATE_OF_BIRTH'],
  ['address', 'ADDRESS', 'KYC_ADDRESS'],
  ['govId', 'GOV_ID', 'KYC_GOV_ID'],
  ['gender', 'GENDER', 'KYC_GENDER'],
] as const;
type Attribute = (typeof ATTRIBUTES)[number][0];

const ZERO_STRENGTHS: Record<Attribute, Record<string, number>> = {
  name: { fullName: 0, familyName: 0, givenName: 0, firstInitialFamilyName: 0 },
  dateOfBirth: { dateOfBirth: 0 },
  address: { fullAddress: 0 },
  govId: { govId: 0 },
  gender: { gender: 0 },
};

/** Which attributes the applicant gave (a PRO is made for each of them and each source). */
export function attributesGiven(a: KycApplicant): Attribute[] {
  const out: Attribute[] = [];
  if (a.givenName || a.familyName) out.push('name');
  if (a.dateOfBirth) out.push('dateOfBirth');
  if (a.addresses.length > 0) out.push('address');
  if (a.govIds.length > 0) out.push('govId');
  if (a.gender && a.gender !== 'U') out.push('gender');
  return out;
}

/**
 * The PROs of one source lookup, one per attribute the applicant gave, tied together by the lookup's groupId:
 * MATCH with the record's reference and strengths, NO_MATCH (so a reviewer sees every source consulted), or
 * the failure with state ERROR / TIMEOUT. Credit-bureau sources add the CreditBureauMatch note.
 */
export function sourceProcessResults(o: SourceOutcome, applicant: KycApplicant, settings: MatchSettings, objectId: string): ProDraft[] {
  const fuzziness = fuzzinessOf(settings);
  return attributesGiven(applicant).map((attribute) => {
    const [, objectType, type] = ATTRIBUTES.find(([a]) => a === attribute)!;
    const outcome = o.match?.[attribute];
    const verified = o.match?.verified.includes(attribute) ?? false;
    const providerResult = {
      name: o.provider,
      source: o.source,
      sourceNormalized: o.source.toLowerCase(),
      confidence: String(outcome?.strength ?? 0),
      ...(o.match ? { reference: o.match.record.recordId } : {}),
    };
    const supplementaryData: Record<string, unknown> = {
      type,
      matchStrengths: outcome?.matchStrengths ?? ZERO_STRENGTHS[attribute],
      fuzziness,
      ...(attribute === 'address' ? { wasNameMatchStrongEnough: o.match?.name.strongEnough ?? false } : {}),
      ...(attribute === 'dateOfBirth' && o.match?.dateOfBirth.matchedBy ? { matchedBy: o.match.dateOfBirth.matchedBy } : {}),
      ...(o.versionId ? { sourceVersion: o.versionId } : {}),
    };
    const pro: ProDraft = {
      class: 'KYC',
      objectType,
      objectId,
      groupId: o.groupId,
      result: o.error ? 'ERROR' : verified ? 'MATCH' : 'NO_MATCH',
      providerResult,
      supplementaryData,
      ...(o.error ? { state: o.error.state, errors: [{ code: o.error.code, message: o.error.message }] } : {}),
    };
    if (o.creditBureau && !o.error) {
      pro.notes = { kvpKey: `Important.CreditBureauMatch.${o.creditBureau}`, kvpValue: verified ? 'true' : 'false', kvpType: 'general.bool' };
    }
    return pro;
  });
}
