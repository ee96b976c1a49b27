import type { Validation } from './schemas.js';

/** The checks TrustID's KycAmlCheck sums up, in the order its DetailedResult names them. */
const JOURNEY = ['AddressVerification', 'PepAndSanctionCheck'] as const;

const NULL_FIELDS = {
  ActionsText: null,
  DescriptionText: null,
  DocumentContainerId: null,
  Id: null,
  InformationText: null,
  OutcomeCommentText: null,
  RefFieldNames: null,
} as const;

/** A validation with every TrustID field (null where there is nothing to say), in the application (container) given. */
export function completeValidation(v: Validation, containerId: string): Validation {
  return { ...NULL_FIELDS, ...v, DocumentContainerId: v.DocumentContainerId ?? containerId, Id: v.Id ?? `${containerId}:${v.Name}` };
}

function phrase(v: Validation): string {
  if (v.Name === 'AddressVerification') return v.ValidationOutcome === 'Passed' ? 'IDV Match' : v.ValidationOutcome === 'NotPerformed' ? 'IDV Not Performed' : 'No IDV Match';
  return v.ValidationOutcome === 'Passed' ? 'No PEP Match' : v.ValidationOutcome === 'NotPerformed' ? 'PEP Not Performed' : 'PEP Match';
}

/**
 * TrustID's KycAmlCheck over the application's validations: it passes only when every check of the journey
 * passes (the PEPSANCIDV journey: PEP and sanctions, and IDV address), where the journey is the checks the
 * workflow ran (AddressVerification from KYC, PepAndSanctionCheck from AML). Absent while neither has run.
 * Every validation is returned with all of TrustID's fields.
 */
export function withKycAmlCheck(validations: Validation[], containerId: string): Validation[] {
  const others = validations.filter((v) => v.Name !== 'KycAmlCheck').map((v) => completeValidation(v, containerId));
  const journey = JOURNEY.map((name) => others.find((v) => v.Name === name)).filter((v): v is Validation => v !== undefined);
  if (journey.length === 0) return others;
  const outcome: Validation['ValidationOutcome'] = journey.every((v) => v.ValidationOutcome === 'Passed')
    ? 'Passed'
    : journey.some((v) => v.ValidationOutcome === 'Failed' || v.ValidationOutcome === 'Referred')
      ? 'Failed'
      : 'NotPerformed';
  const check = completeValidation(
    {
      Name: 'KycAmlCheck',
      DisplayName: 'Kyc Aml Check',
      DetailedResult: journey.map(phrase).join(', '),
      ValidationOutcome: outcome,
      InformationText: `Journey: ${journey.map((v) => v.Name).join(' and ')}`,
      RefFieldNames: journey.map((v) => v.Name),
    },
    containerId,
  );
  return [...others, check];
}
