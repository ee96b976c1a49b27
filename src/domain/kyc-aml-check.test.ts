import { describe, expect, it } from 'vitest';
import { withKycAmlCheck } from './kyc-aml-check.js';
import type { Validation } from './schemas.js';

const v = (Name: string, ValidationOutcome: Validation['ValidationOutcome']): Validation => ({ Name, DisplayName: Name, DetailedResult: '', ValidationOutcome });
const kycAml = (vs: Validation[]) => withKycAmlCheck(vs, 'app-1').find((x) => x.Name === 'KycAmlCheck');

describe('KycAmlCheck', () => {
  it('passes only when both checks of the PEPSANCIDV journey pass', () => {
    expect(kycAml([v('PepAndSanctionCheck', 'Passed'), v('AddressVerification', 'Passed')])).toMatchObject({ ValidationOutcome: 'Passed', DetailedResult: 'IDV Match, No PEP Match', DisplayName: 'Kyc Aml Check' });
    expect(kycAml([v('PepAndSanctionCheck', 'Failed'), v('AddressVerification', 'Passed')])).toMatchObject({ ValidationOutcome: 'Failed', DetailedResult: 'IDV Match, PEP Match' });
    expect(kycAml([v('PepAndSanctionCheck', 'Passed'), v('AddressVerification', 'Failed')])).toMatchObject({ ValidationOutcome: 'Failed', DetailedResult: 'No IDV Match, No PEP Match' });
    expect(kycAml([v('PepAndSanctionCheck', 'Passed'), v('AddressVerification', 'NotPerformed')])).toMatchObject({ ValidationOutcome: 'NotPerformed' });
  });

  it('sums up only the checks the workflow ran, is absent when none did, and gives every validation all eleven TrustID fields', () => {
    expect(kycAml([v('AddressVerification', 'Passed')])).toMatchObject({ ValidationOutcome: 'Passed', RefFieldNames: ['AddressVerification'] });
    expect(kycAml([v('DBSBasicIdentityVerificationCheck', 'Passed')])).toBeUndefined();
    const all = withKycAmlCheck([v('PepAndSanctionCheck', 'Passed'), v('AddressVerification', 'Passed'), { ...v('KycAmlCheck', 'Failed') }], 'app-1');
    expect(all.map((x) => x.Name)).toEqual(['PepAndSanctionCheck', 'AddressVerification', 'KycAmlCheck']);
    for (const x of all) {
      expect(Object.keys(x).sort()).toEqual(['ActionsText', 'DescriptionText', 'DetailedResult', 'DisplayName', 'DocumentContainerId', 'Id', 'InformationText', 'Name', 'OutcomeCommentText', 'RefFieldNames', 'ValidationOutcome']);
      expect(x.DocumentContainerId).toBe('app-1');
    }
  });
});
