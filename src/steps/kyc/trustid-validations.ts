import type { Validation } from '../../domain/index.js';
import type { KycApplicant } from '../../kyc/types.js';
import type { SourceOutcome } from '../../kyc/verify-applicant.js';

/** Every field of a TrustID validation, nulls where TrustID has nothing to say. */
export function trustIdValidation(v: Pick<Validation, 'Name' | 'DisplayName' | 'DetailedResult' | 'ValidationOutcome'> & Partial<Validation>): Validation {
  return {
    ActionsText: null,
    DescriptionText: null,
    DocumentContainerId: null,
    Id: null,
    InformationText: null,
    OutcomeCommentText: null,
    RefFieldNames: null,
    ...v,
  };
}

/**
 * TrustID's AddressVerification from the KYC step's address checks: "Match" when a source verified the
 * applicant's address, "No Match" when sources were asked and none did, "Not Performed" when the applicant
 * gave no address or no source could answer.
 */
export function addressVerification(outcomes: SourceOutcome[] | undefined, applicant: KycApplicant): Validation {
  const answered = (outcomes ?? []).filter((o) => !o.error);
  const matched = answered.filter((o) => o.match?.verified.includes('address'));
  const performed = applicant.addresses.length > 0 && answered.length > 0;
  const detailed = !performed ? 'Not Performed' : matched.length > 0 ? 'Match' : 'No Match';
  return trustIdValidation({
    Name: 'AddressVerification',
    DisplayName: 'Address Verification',
    DetailedResult: detailed,
    ValidationOutcome: !performed ? 'NotPerformed' : matched.length > 0 ? 'Passed' : 'Failed',
    InformationText: performed ? `Address checked against ${answered.map((o) => o.source).join(', ')}${matched.length ? `; verified by ${matched.map((o) => o.source).join(', ')}` : ''}` : null,
    RefFieldNames: ['Address'],
  });
}
