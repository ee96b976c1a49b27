import { describe, expect, it } from 'vitest';
import type { ProcessResult, StepResult } from '../../domain/index.js';
import { buildConditionScope } from './condition-scope.js';
import { evaluateCondition } from './evaluate.js';
import { parseExpression } from './parse.js';

function pro(result: ProcessResult['result']): ProcessResult {
  return {
    processResultId: `pro-${result}`,
    schemaVersion: 2,
    entityId: 'e1',
    stepName: 'AML',
    stepType: 'AML',
    class: 'AML',
    objectType: 'INDIVIDUAL',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    providerResult: { name: 'local' },
    result,
    systemStatus: 'VALID',
    state: 'COMPLETED',
  };
}

function stepResult(stepName: string, result: StepResult['result'], processResults: ProcessResult[] = []): StepResult {
  return {
    stepName,
    stepType: stepName,
    stepResultId: `sr-${stepName}`,
    workflowExecutionId: 'wf1',
    elementId: `Task_${stepName}`,
    result,
    startedAt: '2024-01-01T00:00:00Z',
    endedAt: '2024-01-01T00:00:01Z',
    objectType: 'INDIVIDUAL',
    serviceProviders: [],
    processResults,
    summary: { matchedRules: ['R1'] },
    stepData: { listVersion: 'v3' },
    errors: [],
  };
}

describe('buildConditionScope', () => {
  const previous = [
    stepResult('KYC', 'MATCH'),
    stepResult('AML', 'HIT', [pro('HIT'), pro('CLEAR'), pro('HIT')]),
  ];
  const scope = buildConditionScope(previous, {
    entity: { nationality: 'GB' },
    applicant: { firstName: 'Ann' },
    riskAssessment: { riskLevel: 'HIGH', riskScore: 80 },
  });
  const holds = (source: string) => evaluateCondition(parseExpression(source), scope);

  it('exposes each earlier step by name and under steps', () => {
    expect(scope.AML).toMatchObject({ result: 'HIT', hits: 2, stepData: { listVersion: 'v3' } });
    expect(holds('AML.result == "HIT" && AML.hits == 2')).toBe(true);
    expect(holds('steps.KYC.result == "MATCH"')).toBe(true);
    expect(holds('"R1" in KYC.summary.matchedRules')).toBe(true);
    expect(holds('count(AML.processResults) == 3')).toBe(true);
    expect(holds('AML.stepData.listVersion == "v3"')).toBe(true);
  });

  it('exposes entity, applicant and risk', () => {
    expect(holds('risk.level == "HIGH" && risk.score >= 80')).toBe(true);
    expect(holds('entity.nationality not in ["IR", "KP"]')).toBe(true);
    expect(holds('applicant.firstName == "Ann"')).toBe(true);
  });

  it('leaves absent parts null, and a later result of the same name wins', () => {
    const bare = buildConditionScope([stepResult('AML', 'CLEAR'), stepResult('AML', 'HIT')], {});
    expect(bare.risk).toBeNull();
    expect(evaluateCondition(parseExpression('risk.level == "HIGH"'), bare)).toBe(false);
    expect(evaluateCondition(parseExpression('AML.result == "HIT"'), bare)).toBe(true);
  });

  it('keeps the fixed names over a step of the same name and stores odd names as data', () => {
    const odd = buildConditionScope([stepResult('risk', 'COMPLETE'), stepResult('__proto__', 'PASS')], {
      riskAssessment: { riskLevel: 'LOW', riskScore: 1 },
    });
    expect(odd.risk).toEqual({ level: 'LOW', score: 1 });
    expect(evaluateCondition(parseExpression('steps.risk.result == "COMPLETE"'), odd)).toBe(true);
    expect(evaluateCondition(parseExpression('steps["__proto__"].result == "PASS"'), odd)).toBe(true);
    expect(Object.getPrototypeOf(odd.steps)).toBe(Object.prototype);
  });
});
