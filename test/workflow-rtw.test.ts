import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const student = {
  checkDate: '2025-03-10',
  person: { givenNames: 'Priya', familyName: 'Sharma', dateOfBirth: '2002-11-04' },
  job: { employerName: 'Contoso Retail plc', termTimeHoursPerWeek: 16 },
  ukRightToWork: {
    route: 'ONLINE',
    onlineProfile: {
      shareCode: 'W4X 7KP 2QM',
      status: 'TIME_LIMITED',
      immigrationStatus: 'Student',
      permissionExpiry: '2026-01-31',
      conditions: [{ type: 'STUDENT_TERM_TIME', maxHoursPerWeekInTerm: 20, text: 'Work limited to 20 hrs per week during term time' }],
      photoMatches: true,
    },
  },
};

describe('a right-to-work workflow through the API', () => {
  it('puts the RTW outcome into the instance flexible fields, with its rules in the PRO', async () => {
    const def = await t.call('POST', '/api/v1/definitions', {
      format: 'json',
      name: 'uk-rtw',
      definition: { steps: [{ type: 'RTW', config: { checks: ['UK_RTW'] } }] },
    });
    expect(def.status, JSON.stringify(def.body)).toBe(201);
    const res = await t.call('POST', '/api/v1/workflows/uk-rtw/execute', {
      individual: { name: { givenName: 'Priya', familyName: 'Sharma' }, dateOfBirth: '2002-11-04' },
      input: { rtw: student },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const step = res.body.workflowResult.workflowStepResults.find((s: any) => s.stepType === 'RTW');
    expect(step.result).toBe('COMPLETE');
    expect(step.processResults[0].class).toBe('RTW');
    expect(step.processResults[0].supplementaryData.appliedRules).toContain('RTW-R8');
    const rec = await t.call('GET', `/api/v1/process-instances/${res.body.workflowResult.workflowExecutionId}`);
    expect(rec.body.application.FlexibleFields).toMatchObject({
      __RTW_RightToWorkStatus: 'Time Limited',
      __RTW_FollowUpDate: '2026-01-31',
      __RTW_WorkRestrictions: 'Work limited to 20 hrs per week during term time',
    });
  });

  it('answers MISSING_DATA naming the field when the input is wrong', async () => {
    const res = await t.call('POST', '/api/v1/workflows/uk-rtw/execute', {
      individual: { name: { givenName: 'Priya', familyName: 'Sharma' } },
      input: { rtw: { ...student, checkDate: '2025-02-30' } },
    });
    const step = res.body.workflowResult.workflowStepResults.find((s: any) => s.stepType === 'RTW');
    expect(step.result).toBe('MISSING_DATA');
    expect(step.errors[0].message).toMatch(/checkDate/);
  });
});
