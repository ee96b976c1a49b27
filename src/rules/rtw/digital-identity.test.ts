import { describe, expect, it } from 'vitest';
import { displayName, evaluateDigitalIdentity, meetsLevel, profileLevel } from './digital-identity.js';
import type { IdspResult, RtwDocument } from './evidence-schema.js';

const passport = { type: 'BRITISH_PASSPORT', issuingCountry: 'GBR', expiryDate: '2030-01-01', original: true, inCurrentName: true, showsCurrentAddress: false } as RtwDocument;
const pass: IdspResult = { certified: true, identityProfile: 'M1B', documentVerification: 'PASS', identityFraud: 'PASS', faceMatch: 'PASS', liveness: 'PASS' };
const run = (idsp: Partial<IdspResult>) =>
  evaluateDigitalIdentity({ scheme: 'DBSBasic', idsp: { ...pass, ...idsp }, documents: [passport], requiredLevel: 'MEDIUM', whyNotPermitted: () => undefined });
const outcomes = (r: ReturnType<typeof run>) => Object.fromEntries(r.validations.map((v) => [v.Name.replace('DBSBasicDigitalIdentity', ''), v.ValidationOutcome]));

describe('GPG45 profiles and digital identity validations', () => {
  it('reads the level of confidence from the first letter of the profile code', () => {
    expect(['L1A', 'M1B', 'H2C', 'V1A'].map(profileLevel)).toEqual(['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH']);
    expect(profileLevel(undefined)).toBeUndefined();
    expect(meetsLevel('VERY_HIGH', 'HIGH')).toBe(true);
    expect(meetsLevel('MEDIUM', 'HIGH')).toBe(false);
    expect(meetsLevel(undefined, 'LOW')).toBe(false);
  });

  it('names validations as TrustID displays them', () => {
    expect(displayName('DBSBasicIdentityVerificationCheck')).toBe('DBS Basic Identity Verification Check');
    expect(displayName('RightToWorkDigitalIdentityFaceMatchVerification')).toBe('Right To Work Digital Identity Face Match Verification');
  });

  it('passes when every sub-check passes at the required level', () => {
    const r = run({});
    expect(r.passed).toBe(true);
    expect(r.profileFields).toEqual({ DBSBasicIdentityProfile: 'M1B' });
    expect(r.validations[0]).toMatchObject({ Name: 'DBSBasicIdentityVerificationCheck', ValidationOutcome: 'Passed' });
  });

  it('an unsure face match refers the check; a failed one fails it', () => {
    expect(outcomes(run({ faceMatch: 'UNSURE' }))).toMatchObject({ DBSBasicIdentityVerificationCheck: 'Referred', FaceMatchVerification: 'Referred' });
    expect(outcomes(run({ faceMatch: 'FAIL' }))).toMatchObject({ DBSBasicIdentityVerificationCheck: 'Failed', FaceMatchVerification: 'Failed' });
  });

  it('a document that cannot be validated is referred, and the checks on it are not performed', () => {
    expect(outcomes(run({ documentVerification: 'NO_VALIDATION' }))).toEqual({
      DBSBasicIdentityVerificationCheck: 'Referred',
      PermittedDocumentVerification: 'Passed',
      DocumentValidationVerification: 'Referred',
      IdentityFraudVerification: 'NotPerformed',
      FaceMatchVerification: 'NotPerformed',
      LivenessVerification: 'Passed',
    });
  });

  it('a document shown on a screen fails document validation', () => {
    expect(outcomes(run({ documentPresent: 'FAIL' })).DocumentValidationVerification).toBe('Failed');
  });

  it('no profile reached fails with profile field "Fail"', () => {
    const r = run({ identityProfile: undefined });
    expect(r.passed).toBe(false);
    expect(r.profileFields).toEqual({ DBSBasicIdentityProfile: 'Fail' });
    expect(r.reasons).toContain('No GPG45 identity profile was reached (MEDIUM required)');
  });
});
