import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateExpression } from './evaluate.js';
import { parseExpression } from './parse.js';

const scope = {
  AML: { result: 'HIT', hits: 2, processResults: [{ result: 'HIT' }, { result: 'HIT' }] },
  KYC: { result: 'MATCH', processResults: [] },
  risk: { level: 'HIGH', score: 72 },
  entity: { nationality: 'GB', name: { displayName: 'Ann Lee' }, tags: ['vip'] },
  steps: { 'Capture document': { result: 'COMPLETE' } },
  zero: 0,
  empty: '',
};
const run = (source: string, s: Record<string, unknown> = scope) => evaluateExpression(parseExpression(source), s);
const holds = (source: string, s: Record<string, unknown> = scope) => evaluateCondition(parseExpression(source), s);

describe('evaluateExpression', () => {
  it('reads dotted and bracketed paths', () => {
    expect(run('AML.result')).toBe('HIT');
    expect(run('risk.score')).toBe(72);
    expect(run('entity.name.displayName')).toBe('Ann Lee');
    expect(run('steps["Capture document"].result')).toBe('COMPLETE');
    expect(run('AML.processResults.1.result')).toBe('HIT');
    expect(run('[1, "a", null]')).toEqual([1, 'a', null]);
  });

  it('gives null for paths that lead nowhere, never an error', () => {
    expect(run('MISSING')).toBeNull();
    expect(run('MISSING.result.deeper')).toBeNull();
    expect(run('AML.result.length')).toBeNull();
    expect(run('AML.processResults.9')).toBeNull();
    expect(holds('MISSING.result == "HIT"')).toBe(false);
    expect(holds('MISSING.result == null')).toBe(true);
    expect(holds('exists(MISSING)')).toBe(false);
    expect(holds('exists(entity.nationality)')).toBe(true);
    expect(holds('exists(zero)')).toBe(true);
  });

  it('compares without coercion; mismatched types are false', () => {
    expect(holds('risk.level == "HIGH"')).toBe(true);
    expect(holds('risk.level != "LOW"')).toBe(true);
    expect(holds('risk.score > 50 && risk.score <= 72')).toBe(true);
    expect(holds('risk.score < 72')).toBe(false);
    expect(holds('risk.score == "72"')).toBe(false);
    expect(holds('risk.score > "50"')).toBe(false);
    expect(holds('risk.score < "50"')).toBe(false);
    expect(holds('MISSING < 5')).toBe(false);
    expect(holds('MISSING >= 5')).toBe(false);
    expect(holds('"abc" < "abd"')).toBe(true);
    expect(holds('[1, 2] == [1, 2]')).toBe(true);
    expect(holds('risk != null')).toBe(true);
    expect(holds('risk.score >= -1')).toBe(true);
    expect(run('-risk.level')).toBeNull();
  });

  it('tests list membership with in and not in', () => {
    expect(holds('entity.nationality in ["IR", "KP", "GB"]')).toBe(true);
    expect(holds('entity.nationality not in ["IR", "KP"]')).toBe(true);
    expect(holds('entity.nationality in ["IR", "KP"]')).toBe(false);
    expect(holds('"vip" in entity.tags')).toBe(true);
    expect(holds('MISSING in ["A"]')).toBe(false);
    expect(holds('MISSING not in ["A"]')).toBe(true);
    expect(holds('"a" in "abc"')).toBe(false);
    expect(holds('"a" not in MISSING')).toBe(false);
    expect(holds('72 in ["72"]')).toBe(false);
  });

  it('applies precedence: && before ||, not before comparisons', () => {
    expect(holds('true || false && false')).toBe(true);
    expect(holds('(true || false) && false')).toBe(false);
    expect(holds('not risk.level == "LOW"')).toBe(true);
    expect(holds('!(AML.result == "HIT") or KYC.result == "MATCH"')).toBe(true);
    expect(holds('AML.result == "HIT" and not KYC.result == "MATCH"')).toBe(false);
    expect(run('true && "x"')).toBe(true);
  });

  it('counts lists and treats empty things as false', () => {
    expect(run('count(AML.processResults)')).toBe(2);
    expect(run('count(KYC.processResults)')).toBe(0);
    expect(run('count(MISSING)')).toBe(0);
    expect(run('count(risk.level)')).toBe(0);
    expect(holds('KYC.processResults')).toBe(false);
    expect(holds('AML.processResults')).toBe(true);
    expect(holds('zero || empty || MISSING')).toBe(false);
    expect(holds('AML.hits')).toBe(true);
  });

  it('is harmless whatever the scope holds', () => {
    let called = false;
    const hostile = {
      fn: () => {
        called = true;
        return 'ran';
      },
      get trap() {
        called = true;
        return 'ran';
      },
    };
    expect(run('fn', hostile)).toBeNull();
    expect(run('trap', hostile)).toBeNull();
    expect(run('constructor', {})).toBeNull();
    expect(run('constructor.constructor', {})).toBeNull();
    expect(run('__proto__', {})).toBeNull();
    expect(run('toString', {})).toBeNull();
    expect(run('AML.processResults.length')).toBeNull();
    expect(called).toBe(false);
  });
});
