import { describe, expect, it } from 'vitest';
import { ageAt, computeRiskAssessment, countedScore, riskLevelFor, thresholdsProblem, type RiskThresholds } from './risk.js';

const T: RiskThresholds = { MEDIUM: 30, HIGH: 60, UNACCEPTABLE: 100 };

describe('computeRiskAssessment', () => {
  it('scores the reference example (INDIVIDUAL 2 + age 62 → 10) as 12, LOW', () => {
    expect(computeRiskAssessment([{ score: 2 }, { score: 10, status: 'VALID' }], T)).toEqual({ riskScore: 12, riskLevel: 'LOW' });
  });

  it('counts an OVERRIDDEN factor at its manual score, and at its own score when none was set', () => {
    expect(computeRiskAssessment([{ score: 50, manualOverrideScore: 5, status: 'OVERRIDDEN' }, { score: 2 }], T)).toEqual({
      riskScore: 7,
      riskLevel: 'LOW',
    });
    expect(computeRiskAssessment([{ score: 50, status: 'OVERRIDDEN' }], T).riskScore).toBe(50);
    expect(computeRiskAssessment([{ score: 50, manualOverrideScore: null, status: 'OVERRIDDEN' }], T).riskScore).toBe(50);
  });

  it('ignores a manual score on a factor that is not OVERRIDDEN', () => {
    expect(computeRiskAssessment([{ score: 40, manualOverrideScore: 0, status: 'VALID' }], T)).toEqual({ riskScore: 40, riskLevel: 'MEDIUM' });
  });

  it('leaves STALE and DISCARDED factors out', () => {
    const r = computeRiskAssessment(
      [
        { score: 70, status: 'STALE' },
        { score: 80, status: 'DISCARDED' },
        { score: 31, status: 'VALID' },
      ],
      T,
    );
    expect(r).toEqual({ riskScore: 31, riskLevel: 'MEDIUM' });
  });

  it('is UNKNOWN with no factor, or no factor that counts', () => {
    expect(computeRiskAssessment([], T)).toEqual({ riskScore: 0, riskLevel: 'UNKNOWN' });
    expect(computeRiskAssessment([{ score: 9, status: 'DISCARDED' }], T)).toEqual({ riskScore: 0, riskLevel: 'UNKNOWN' });
  });

  it('rates a zero score LOW when factors count', () => {
    expect(computeRiskAssessment([{ score: 0 }], T)).toEqual({ riskScore: 0, riskLevel: 'LOW' });
  });

  it('counts negative scores (mitigating factors)', () => {
    expect(computeRiskAssessment([{ score: 65 }, { score: -10 }], T)).toEqual({ riskScore: 55, riskLevel: 'MEDIUM' });
  });
});

describe('riskLevelFor', () => {
  it('puts each threshold in the level it opens', () => {
    expect(riskLevelFor(29.9, T)).toBe('LOW');
    expect(riskLevelFor(30, T)).toBe('MEDIUM');
    expect(riskLevelFor(59, T)).toBe('MEDIUM');
    expect(riskLevelFor(60, T)).toBe('HIGH');
    expect(riskLevelFor(99, T)).toBe('HIGH');
    expect(riskLevelFor(100, T)).toBe('UNACCEPTABLE');
    expect(riskLevelFor(1e6, T)).toBe('UNACCEPTABLE');
  });
});

describe('countedScore', () => {
  it('treats a factor without status as VALID', () => {
    expect(countedScore({ score: 3 })).toBe(3);
  });
});

describe('thresholdsProblem', () => {
  it('accepts rising thresholds and names the order otherwise', () => {
    expect(thresholdsProblem(T)).toBeUndefined();
    expect(thresholdsProblem({ MEDIUM: 10, HIGH: 10, UNACCEPTABLE: 10 })).toBeUndefined();
    expect(thresholdsProblem({ MEDIUM: 70, HIGH: 60, UNACCEPTABLE: 100 })).toMatch(/MEDIUM \(70\) <= HIGH \(60\)/);
  });
});

describe('ageAt', () => {
  const at = (iso: string) => new Date(iso + 'T12:00:00Z');

  it('counts whole years, turning on the birthday', () => {
    expect(ageAt('1962-05-10', at('2024-05-09'))).toBe(61);
    expect(ageAt('1962-05-10', at('2024-05-10'))).toBe(62);
  });

  it('reads a partial date from its latest possible day', () => {
    expect(ageAt('1962', at('2024-12-30'))).toBe(61);
    expect(ageAt('1962', at('2024-12-31'))).toBe(62);
    expect(ageAt('1962-02', at('2024-02-27'))).toBe(61);
    expect(ageAt('1962-02', at('2024-02-28'))).toBe(62);
  });

  it('handles a 29 February birthday', () => {
    expect(ageAt('2000-02-29', at('2023-02-28'))).toBe(22);
    expect(ageAt('2000-02-29', at('2023-03-01'))).toBe(23);
  });

  it('gives undefined for an unreadable, impossible or future date', () => {
    expect(ageAt('10/05/1962', at('2024-01-01'))).toBeUndefined();
    expect(ageAt('1962-02-30', at('2024-01-01'))).toBeUndefined();
    expect(ageAt('1962-13-01', at('2024-01-01'))).toBeUndefined();
    expect(ageAt('2030-01-01', at('2024-01-01'))).toBeUndefined();
  });
});
