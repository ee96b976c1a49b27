import { describe, expect, it } from 'vitest';
import { decisionStep } from '../src/steps/decision/index.js';
import { decisionConfigSchema, type DecisionConfig } from '../src/steps/decision/config.js';
import { finishStep } from '../src/steps/finish/index.js';
import { startStep } from '../src/steps/start/index.js';
import type { StepResult } from '../src/domain/index.js';
import { previousStep, stepContext } from './helpers/step-context.js';

const risk = (riskLevel: string, riskScore: number) =>
  previousStep('RISK', 'COMPLETE', { stepData: { riskAssessment: { riskLevel, riskScore, workflowRiskLevel: riskLevel, workflowRiskScore: riskScore } } });

const decide = (config: unknown, previous: StepResult[]) =>
  decisionStep.run(stepContext<DecisionConfig>(decisionConfigSchema.parse(config), { stepName: 'DECISION', previous }));

const reference = () => [
  previousStep('START', 'COMPLETE'),
  previousStep('MATCHLIST', 'CLEAR'),
  previousStep('KYC', 'MATCH'),
  previousStep('AML', 'CLEAR'),
  risk('LOW', 12),
];

describe('DECISION step, default policy', () => {
  it('passes the reference example with no issues', async () => {
    const out = await decide({}, reference());
    expect(out.result).toBe('PASS');
    expect(out.workflowResult).toBe('PASS');
    expect(out.issues).toEqual([]);
    expect(out.stepData).toMatchObject({ policy: 'default', outcome: 'PASS', riskLevel: 'LOW', riskScore: 12 });
  });

  it('asks for review on an AML hit, naming the step', async () => {
    const out = await decide({}, [...reference().slice(0, 3), previousStep('AML', 'HIT', { hits: 2 }), risk('LOW', 12)]);
    expect(out.result).toBe('REVIEW');
    expect(out.issues).toEqual([{ category: 'AML', issue: 'AML ended HIT', severity: 'WARNING', stepName: 'AML' }]);
    expect(out.summary?.matchedRules).toEqual([
      { ruleName: 'step_needs_review', ruleOrder: 2, when: expect.any(String), outcome: 'REVIEW' },
    ]);
  });

  it('fails on a failed step, and on UNACCEPTABLE risk; reviews HIGH risk', async () => {
    expect((await decide({}, [...reference(), previousStep('IDV', 'FAIL')])).result).toBe('FAIL');
    expect((await decide({}, [...reference().slice(0, 4), risk('UNACCEPTABLE', 150)])).result).toBe('FAIL');
    const high = await decide({}, [...reference().slice(0, 4), risk('HIGH', 70)]);
    expect(high.result).toBe('REVIEW');
    expect(high.issues).toEqual([{ category: 'RISK', issue: 'risk level is HIGH', severity: 'WARNING', stepName: 'DECISION' }]);
  });
});

describe('DECISION step, configured rules', () => {
  const rules = {
    rules: [
      { name: 'blocked', when: 'MATCHLIST.result == "HIT"', outcome: 'FAIL', category: 'MATCHLIST', issue: 'applicant is on a block list' },
      { when: 'AML.hits > 0 and not MATCHLIST.stepData.allowListed', outcome: 'REVIEW', category: 'AML', issue: 'possible sanctions match' },
      { when: 'risk.level in ["HIGH", "UNACCEPTABLE"]', outcome: 'REVIEW' },
      { when: 'KYC.result == "MATCH"', outcome: 'PASS' },
    ],
    default: 'REVIEW',
  };

  it('passes when only the PASS rule holds, listing it as matched without an issue', async () => {
    const out = await decide(rules, reference());
    expect(out.result).toBe('PASS');
    expect(out.issues).toEqual([]);
    expect((out.summary?.matchedRules as { ruleName: string }[]).map((r) => r.ruleName)).toEqual(['rule_4']);
    expect((out.summary?.unmatchedRules as { ruleOrder: number }[]).map((r) => r.ruleOrder)).toEqual([1, 2, 3]);
  });

  it('takes FAIL over REVIEW over PASS and lists every FAIL/REVIEW rule that held as an issue', async () => {
    const previous = [
      previousStep('MATCHLIST', 'HIT', { hits: 1, stepData: { allowListed: false } }),
      previousStep('KYC', 'MATCH'),
      previousStep('AML', 'HIT', { hits: 1 }),
      risk('HIGH', 75),
    ];
    const out = await decide(rules, previous);
    expect(out.result).toBe('FAIL');
    expect(out.workflowResult).toBe('FAIL');
    expect(out.issues).toEqual([
      { category: 'MATCHLIST', issue: 'applicant is on a block list', severity: 'ERROR', stepName: 'DECISION' },
      { category: 'AML', issue: 'possible sanctions match', severity: 'WARNING', stepName: 'DECISION' },
      { category: 'DECISION_RULE', issue: 'REVIEW: risk.level in ["HIGH", "UNACCEPTABLE"]', severity: 'WARNING', stepName: 'DECISION' },
    ]);
  });

  it('lets an allow-list hit waive the AML review', async () => {
    const previous = [
      previousStep('MATCHLIST', 'CLEAR', { stepData: { allowListed: true } }),
      previousStep('KYC', 'MATCH'),
      previousStep('AML', 'HIT', { hits: 1 }),
      risk('LOW', 12),
    ];
    expect((await decide(rules, previous)).result).toBe('PASS');
  });

  it('falls back to the configured default when no rule holds', async () => {
    const out = await decide(rules, [previousStep('KYC', 'NO_MATCH')]);
    expect(out.result).toBe('REVIEW');
    expect(out.issues).toEqual([]);
  });
});

describe('DECISION config', () => {
  const problem = (config: unknown) => {
    const r = decisionConfigSchema.safeParse(config);
    return r.success ? undefined : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  };

  it('names a rule whose condition does not parse, with the position', () => {
    expect(problem({ rules: [{ when: 'AML.result == "HIT"', outcome: 'FAIL' }, { when: 'AML.result ==', outcome: 'FAIL' }] })).toMatch(
      /^rules\.1\.when: .*\(at character \d+\)/,
    );
  });

  it('rejects an unknown outcome and a default without rules', () => {
    expect(problem({ rules: [{ when: 'true', outcome: 'MAYBE' }] })).toMatch(/^rules\.0\.outcome/);
    expect(problem({ default: 'FAIL' })).toMatch(/^default: "default" is the outcome when no rule holds/);
  });
});

describe('START and FINISH steps', () => {
  it('complete with no process results', async () => {
    for (const step of [startStep, finishStep]) {
      const out = await step.run(stepContext(step.configSchema.parse({})));
      expect(out).toEqual({ result: 'COMPLETE', objectType: 'INDIVIDUAL', objectId: 'ent-mary' });
    }
  });
  it('take no configuration', () => {
    expect(startStep.configSchema.safeParse({ x: 1 }).success).toBe(false);
  });
});
