import { describe, expect, it } from 'vitest';
import { decideByDefaultPolicy, decideByRules, strongestOutcome, type DecisionRule } from './decision.js';

const rule = (outcome: DecisionRule['outcome'], when = `x == "${outcome}"`, extra: Partial<DecisionRule> = {}): DecisionRule => ({
  when,
  outcome,
  ...extra,
});

describe('strongestOutcome', () => {
  it('ranks FAIL over REVIEW over PASS, whatever the order', () => {
    expect(strongestOutcome(['PASS', 'FAIL', 'REVIEW'], 'PASS')).toBe('FAIL');
    expect(strongestOutcome(['REVIEW', 'PASS'], 'PASS')).toBe('REVIEW');
    expect(strongestOutcome(['PASS'], 'FAIL')).toBe('PASS');
    expect(strongestOutcome([], 'REVIEW')).toBe('REVIEW');
  });
});

describe('decideByRules', () => {
  it('takes the strongest outcome among the rules that hold', () => {
    const review = rule('REVIEW', 'AML.hits > 0', { category: 'AML', issue: 'possible sanctions match' });
    const pass = rule('PASS');
    const fail = rule('FAIL');
    const d = decideByRules(
      [
        { rule: pass, holds: true },
        { rule: review, holds: true },
        { rule: fail, holds: false },
      ],
      'PASS',
    );
    expect(d.outcome).toBe('REVIEW');
    expect(d.matchedRules).toEqual([pass, review]);
    expect(d.unmatchedRules).toEqual([fail]);
    expect(d.issues).toEqual([{ category: 'AML', issue: 'possible sanctions match', severity: 'WARNING' }]);
  });

  it('lists every FAIL and REVIEW rule that held as an issue, with a default category and text', () => {
    const d = decideByRules(
      [
        { rule: rule('FAIL', 'MATCHLIST.result == "HIT"'), holds: true },
        { rule: rule('REVIEW', 'risk.level == "HIGH"'), holds: true },
      ],
      'PASS',
    );
    expect(d.outcome).toBe('FAIL');
    expect(d.issues).toEqual([
      { category: 'DECISION_RULE', issue: 'FAIL: MATCHLIST.result == "HIT"', severity: 'ERROR' },
      { category: 'DECISION_RULE', issue: 'REVIEW: risk.level == "HIGH"', severity: 'WARNING' },
    ]);
  });

  it('falls back to the default when no rule holds, with no issues', () => {
    const d = decideByRules([{ rule: rule('FAIL'), holds: false }], 'REVIEW');
    expect(d.outcome).toBe('REVIEW');
    expect(d.issues).toEqual([]);
    expect(d.matchedRules).toEqual([]);
  });
});

describe('decideByDefaultPolicy', () => {
  const step = (stepName: string, result: Parameters<typeof decideByDefaultPolicy>[0][number]['result']) => ({
    stepName,
    stepType: stepName,
    result,
  });

  it('passes when every step passed and the risk is low', () => {
    const d = decideByDefaultPolicy([step('MATCHLIST', 'CLEAR'), step('KYC', 'MATCH'), step('RISK', 'COMPLETE')], 'LOW');
    expect(d.outcome).toBe('PASS');
    expect(d.issues).toEqual([]);
    expect(d.matchedRules).toEqual([]);
    expect(d.unmatchedRules.map((r) => r.name)).toEqual(['step_failed', 'step_needs_review', 'risk_high', 'risk_unacceptable']);
  });

  it.each(['FAIL', 'NO_MATCH', 'ERROR'] as const)('fails on a step that ended %s', (result) => {
    const d = decideByDefaultPolicy([step('KYC', result), step('AML', 'CLEAR')]);
    expect(d.outcome).toBe('FAIL');
    expect(d.issues).toEqual([{ category: 'KYC', issue: `KYC ended ${result}`, severity: 'ERROR', stepName: 'KYC' }]);
  });

  it.each(['HIT', 'PARTIAL', 'MISSING_DATA', 'INCOMPLETE', 'EXPIRED'] as const)('asks for review on a step that ended %s', (result) => {
    expect(decideByDefaultPolicy([step('AML', result)]).outcome).toBe('REVIEW');
  });

  it('asks for review on HIGH risk and fails on UNACCEPTABLE risk', () => {
    const high = decideByDefaultPolicy([step('RISK', 'COMPLETE')], 'HIGH');
    expect(high.outcome).toBe('REVIEW');
    expect(high.issues).toEqual([{ category: 'RISK', issue: 'risk level is HIGH', severity: 'WARNING' }]);
    expect(decideByDefaultPolicy([], 'UNACCEPTABLE').outcome).toBe('FAIL');
    expect(decideByDefaultPolicy([], 'MEDIUM').outcome).toBe('PASS');
    expect(decideByDefaultPolicy([], 'UNKNOWN').outcome).toBe('PASS');
  });

  it('reports every contributing step, and a failure outweighs a review', () => {
    const d = decideByDefaultPolicy([step('AML', 'HIT'), step('IDV', 'FAIL'), step('MATCHLIST', 'HIT')], 'HIGH');
    expect(d.outcome).toBe('FAIL');
    expect(d.issues.map((i) => i.stepName ?? i.category)).toEqual(['AML', 'IDV', 'MATCHLIST', 'RISK']);
    expect(d.matchedRules.map((r) => r.name)).toEqual(['step_failed', 'step_needs_review', 'risk_high']);
  });
});
