import { describe, expect, it } from 'vitest';
import { riskStep } from '../src/steps/risk/index.js';
import { riskConfigSchema, type RiskConfig } from '../src/steps/risk/config.js';
import type { StepContext } from '../src/engine/step-type.js';
import { maryEntity, previousStep, stepContext } from './helpers/step-context.js';

const run = (config: unknown, over: Partial<StepContext<RiskConfig>> = {}) =>
  riskStep.run(stepContext<RiskConfig>(riskConfigSchema.parse(config), { stepName: 'RISK', ...over }));

describe('RISK step', () => {
  it('scores the reference example by default: entity_type 2 + entity_age 62 → 10 = 12, LOW', async () => {
    const out = await run({});
    expect(out.result).toBe('COMPLETE');
    expect(out.riskFactors).toEqual([
      { factor: 'entity_type', value: 'INDIVIDUAL', score: 2, description: 'Entity type INDIVIDUAL' },
      { factor: 'entity_age', value: '62', score: 10, description: 'Age 62 (band up to 65)' },
    ]);
    expect(out.riskAssessment).toEqual({
      riskScore: 12,
      riskLevel: 'LOW',
      workflowRiskScore: 12,
      workflowRiskLevel: 'LOW',
      thresholds: { MEDIUM: 30, HIGH: 60, UNACCEPTABLE: 100 },
    });
  });

  it('scores nationality and an earlier step result, and rates by the configured thresholds', async () => {
    const config = {
      factors: [
        { factor: 'country', field: 'nationality', scores: { IR: 100, KP: 100, GB: 0 }, default: 5 },
        { factor: 'step_result', step: 'AML', scores: { HIT: 50, CLEAR: 0 } },
      ],
      thresholds: { MEDIUM: 20, HIGH: 50, UNACCEPTABLE: 120 },
    };
    const hit = await run(config, {
      entity: { ...maryEntity, nationality: 'Iranian' },
      previous: [previousStep('AML', 'HIT', { hits: 1 })],
    });
    expect(hit.riskFactors).toEqual([
      { factor: 'country_nationality', value: 'IR', score: 100, description: 'Nationality country IR' },
      { factor: 'aml_result', value: 'HIT', score: 50, description: 'Step AML ended HIT' },
    ]);
    expect(hit.riskAssessment).toMatchObject({ riskScore: 150, riskLevel: 'UNACCEPTABLE' });

    const clear = await run(config, {
      entity: { ...maryEntity, nationality: 'FR' },
      previous: [previousStep('AML', 'CLEAR')],
    });
    expect(clear.riskAssessment).toMatchObject({ riskScore: 5, riskLevel: 'LOW' });
  });

  it('takes the riskiest of several residence countries', async () => {
    const out = await run(
      { factors: [{ factor: 'country', field: 'residence', scores: { SY: 80, FR: 10 } }] },
      { entity: { ...maryEntity, addresses: [{ country: 'FR' }, { country: 'SY' }, { country: 'DE' }] } },
    );
    expect(out.riskFactors).toEqual([{ factor: 'country_residence', value: 'SY', score: 80, description: 'Residence country SY' }]);
  });

  it('leaves out factors with nothing to score unless a missing score is configured', async () => {
    const noDob = { ...maryEntity, dateOfBirth: undefined };
    const factors = [
      { factor: 'entity_age', bands: [{ maxAge: 25, score: 20 }, { score: 5 }] },
      { factor: 'step_result', step: 'KYC', scores: { NO_MATCH: 40 } },
    ];
    const out = await run({ factors }, { entity: noDob });
    expect(out.riskFactors).toEqual([]);
    expect(out.riskAssessment).toMatchObject({ riskScore: 0, riskLevel: 'UNKNOWN' });

    const withMissing = await run({ factors: [{ ...factors[0], missingScore: 25 }] }, { entity: noDob });
    expect(withMissing.riskFactors).toEqual([{ factor: 'entity_age', value: 'UNKNOWN', score: 25, description: 'Date of birth unknown' }]);
  });

  it('reads the age band from the applicant date of birth when the entity has none', async () => {
    const out = await run(
      { factors: [{ factor: 'entity_age', bands: [{ maxAge: 25, score: 20 }, { maxAge: 65, score: 10 }, { score: 15 }] }] },
      { entity: { ...maryEntity, dateOfBirth: undefined }, applicant: { dateOfBirth: '2003-07-12' } },
    );
    expect(out.riskFactors?.[0]).toMatchObject({ value: '20', score: 20 });
  });

  it('counts the factors earlier steps contributed, honouring their status, and outputs them', async () => {
    const contributed = [
      { riskFactorId: 'rf1', factor: 'aml_pep', value: 'PEP', score: 40, status: 'VALID' },
      { riskFactorId: 'rf2', factor: 'aml_adverse_media', value: 'yes', score: 30, status: 'DISCARDED' },
      { riskFactorId: 'rf3', factor: 'idv_document_age', value: 9, score: 20, manualOverrideScore: 1, status: 'OVERRIDDEN' },
    ];
    const out = await run({}, { previous: [previousStep('AML', 'HIT', { stepData: { riskFactors: contributed } })] });
    expect(out.riskFactors?.map((f) => [f.factor, f.value, f.score])).toEqual([
      ['entity_type', 'INDIVIDUAL', 2],
      ['entity_age', '62', 10],
      ['aml_pep', 'PEP', 40],
      ['idv_document_age', '9', 1],
    ]);
    expect(out.riskAssessment).toMatchObject({ riskScore: 53, riskLevel: 'MEDIUM' });
    expect(out.stepData?.contributedRiskFactors).toEqual([
      { stepName: 'AML', factor: 'aml_pep', value: 'PEP', score: 40, description: 'Contributed by step AML' },
      { stepName: 'AML', factor: 'idv_document_age', value: '9', score: 1, description: 'Contributed by step AML' },
    ]);
  });

  it('fails without retry, naming the step, when an earlier step contributed unreadable factors', async () => {
    await expect(run({}, { previous: [previousStep('KYC', 'MATCH', { stepData: { riskFactors: [{ factor: 'x' }] } })] })).rejects.toMatchObject({
      code: 'RISK_FACTORS_INVALID',
      retryable: false,
      message: expect.stringMatching(/step KYC .*stepData\.riskFactors\.0\.value/),
    });
  });
});

describe('RISK config', () => {
  const problem = (config: unknown) => {
    const r = riskConfigSchema.safeParse(config);
    return r.success ? undefined : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  };

  it('accepts the documented factor kinds', () => {
    expect(
      problem({
        factors: [
          { factor: 'entity_type', scores: { INDIVIDUAL: 2 } },
          { factor: 'entity_age', bands: [{ maxAge: 25, score: 20 }, { score: 15 }] },
          { factor: 'country', field: 'nationality', scores: { IR: 100 }, default: 0 },
          { factor: 'step_result', step: 'AML', scores: { HIT: 50, CLEAR: 0 } },
        ],
        thresholds: { MEDIUM: 30, HIGH: 60, UNACCEPTABLE: 100 },
      }),
    ).toBeUndefined();
  });

  it('names the problem: unknown factor, unordered bands, falling thresholds, unknown key', () => {
    expect(problem({ factors: [{ factor: 'shoe_size', scores: {} }] })).toMatch(/^factors\.0\.factor/);
    expect(problem({ factors: [{ factor: 'entity_age', bands: [{ score: 1 }, { maxAge: 30, score: 2 }] }] })).toMatch(
      /factors\.0\.bands: bands must be in ascending maxAge order/,
    );
    expect(problem({ factors: [{ factor: 'entity_age', bands: [{ maxAge: 60, score: 1 }, { maxAge: 30, score: 2 }] }] })).toMatch(/ascending/);
    expect(problem({ thresholds: { MEDIUM: 50, HIGH: 40, UNACCEPTABLE: 100 } })).toMatch(/^thresholds: thresholds must rise/);
    expect(problem({ factor: [] })).toMatch(/factor/);
  });
});
