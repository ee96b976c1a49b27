import { describe, expect, it } from 'vitest';
import { stepContext } from '../../../test/helpers/step-context.js';
import { RULESET_VERSION } from '../../rules/rtw/index.js';
import type { RtwConfig } from './config.js';
import { rtwStep } from './index.js';

const person = { givenNames: 'Mary', familyName: 'Testfourteen', dateOfBirth: '1962-03-04' };
const idsp = { certified: true, identityProfile: 'M1B', documentVerification: 'PASS', identityFraud: 'PASS', faceMatch: 'PASS', liveness: 'PASS' };

const run = (config: RtwConfig, rtw: unknown) => rtwStep.run(stepContext(config, { input: rtw === undefined ? {} : { rtw } }));

describe('RTW step', () => {
  it('runs the configured checks: flexible fields, validations, one RTW PRO per check', async () => {
    const rtw = {
      checkDate: '2025-03-10',
      person,
      documents: [
        { type: 'PASSPORT', issuingCountry: 'IND', expiryDate: '2031-01-01', endorsement: 'LIMITED_LEAVE', permissionExpiry: '2026-09-30' },
        { type: 'IRP_CARD', issuingCountry: 'IRL', irpStamp: '4', expiryDate: '2026-06-30' },
      ],
      manualCheck: { photographsConsistent: true, documentsGenuine: true },
      ukRightToWork: { route: 'MANUAL' },
      roiRightToWork: {},
    };
    const out = await run({ checks: ['UK_RTW', 'ROI_RTW'] }, rtw);
    expect(out.result).toBe('COMPLETE');
    expect(out.flexibleFields).toMatchObject({
      __RTW_RightToWorkStatus: 'Time Limited',
      __RTW_ROI_RightToWorkStatus: 'Temporary',
      __RTW_FollowUpDate: '2026-09-30',
    });
    expect(out.flexibleFields?.__RTW_Notes).toMatch(/Repeat the check by 2026-09-30/);
    expect(out.summary).toEqual({ rulesetVersion: RULESET_VERSION, UK_RTW: 'Time Limited', ROI_RTW: 'Temporary' });
    expect(out.processResults).toHaveLength(2);
    const [uk, roi] = out.processResults!;
    expect(uk).toMatchObject({
      class: 'RTW',
      result: 'PASS',
      objectId: 'ent-mary',
      providerResult: { name: 'idflow-rtw', source: 'UK_RTW', reference: RULESET_VERSION },
      supplementaryData: { type: 'UK_RTW', status: 'Time Limited', rulesetVersion: RULESET_VERSION },
    });
    expect(uk.supplementaryData?.appliedRules).toEqual(expect.arrayContaining(['RTW-M1', 'RTW-B1.1', 'RTW-R4']));
    expect(roi.supplementaryData).toMatchObject({ type: 'ROI_RTW', status: 'Temporary', appliedRules: ['IE-4', 'IE-STAMP-4'] });
  });

  it('a rejected check is a FAIL PRO, and IDVT validations and profile fields are returned', async () => {
    const rtw = {
      checkDate: '2025-03-10',
      person,
      documents: [{ type: 'BRITISH_PASSPORT', issuingCountry: 'GBR', expiryDate: '2024-01-01' }],
      ukRightToWork: { route: 'IDVT', idsp },
    };
    const out = await run({ checks: ['UK_RTW'] }, rtw);
    expect(out.result).toBe('COMPLETE');
    expect(out.flexibleFields?.__RTW_RightToWorkStatus).toBe('Rejected');
    expect(out.processResults?.[0].result).toBe('FAIL');
    expect(out.validations?.map((v) => `${v.Name}=${v.ValidationOutcome}`)).toContain('RightToWorkDigitalIdentityVerificationCheck=Failed');
    expect(out.stepData?.documentContainerFields).toEqual({ RightToWorkIdentityProfile: 'Fail' });
  });

  it('the configured DBS level wins over the input’s', async () => {
    const rtw = {
      checkDate: '2025-03-10',
      person,
      documents: [{ type: 'BRITISH_PASSPORT', issuingCountry: 'GBR', expiryDate: '2030-01-01' }],
      dbs: { level: 'BASIC', route: 'DIGITAL', idsp },
    };
    const out = await run({ checks: ['DBS'], dbsLevel: 'ENHANCED' }, rtw);
    expect(out.validations?.[0]).toMatchObject({ Name: 'DBSStandardOrEnhancedDigitalIdentityVerificationCheck', ValidationOutcome: 'Failed' });
    expect(out.stepData?.documentContainerFields).toEqual({ DBSStandardOrDBSEnhancedProfile: 'Fail' });
    expect(out.processResults?.[0].supplementaryData).toMatchObject({ type: 'DBS', status: 'Failed' });
  });

  it('MISSING_DATA when the instance has no rtw input', async () => {
    const out = await run({ checks: ['UK_RTW'] }, undefined);
    expect(out.result).toBe('MISSING_DATA');
    expect(out.errors).toEqual([expect.objectContaining({ code: 'RTW_INPUT_MISSING' })]);
  });

  it('MISSING_DATA naming each invalid field under rtw.', async () => {
    const out = await run({ checks: ['UK_RTW'] }, { checkDate: '2025-03-10', person, documents: [{ type: 'BRITISH_PASSPORT', issuingCountry: 'GBR', expiryDate: '31/01/2030' }] });
    expect(out.result).toBe('MISSING_DATA');
    expect(out.errors?.map((e) => e.message)).toEqual(['rtw.documents[0].expiryDate: expected a real calendar date written YYYY-MM-DD']);
  });

  it('MISSING_DATA when a configured check has no input section, or DBS has no level', async () => {
    const out = await run({ checks: ['UK_RTW', 'UK_RTR'] }, { checkDate: '2025-03-10', person, ukRightToWork: { route: 'ECS', pvn: { issueDate: '2025-03-01', outcome: 'POSITIVE' } } });
    expect(out.errors?.map((e) => e.message)).toEqual(['rtw.rightToRent: is required by the UK_RTR check of this step']);
    const dbs = await run({ checks: ['DBS'] }, { checkDate: '2025-03-10', person, dbs: { route: 'DIGITAL', idsp } });
    expect(dbs.result).toBe('MISSING_DATA');
    expect(dbs.errors?.[0].message).toMatch(/^rtw\.dbs\.level: is required/);
  });

  it('validates its configuration', () => {
    expect(rtwStep.configSchema.safeParse({ checks: [] }).success).toBe(false);
    expect(rtwStep.configSchema.safeParse({ checks: ['UK_RTW', 'UK_RTW'] }).success).toBe(false);
    expect(rtwStep.configSchema.safeParse({ checks: ['PAYROLL'] }).success).toBe(false);
    expect(rtwStep.configSchema.safeParse({ checks: ['DBS'], dbsLevel: 'ENHANCED_WITH_BARRED_LISTS' }).success).toBe(true);
  });
});
