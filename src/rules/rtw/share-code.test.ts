import { describe, expect, it } from 'vitest';
import { normaliseShareCode, shareCodeProblem } from './share-code.js';

describe('share codes', () => {
  it('normalises spaces, hyphens and case', () => {
    expect(normaliseShareCode(' w12-345 67a ')).toBe('W1234567A');
  });

  it('accepts a 9-character code for the right purpose', () => {
    expect(shareCodeProblem('W12 345 67A', 'W', '2025-03-10')).toBeUndefined();
    expect(shareCodeProblem('R12345678', 'R', '2025-03-10')).toBeUndefined();
  });

  it('rejects wrong length, characters or purpose', () => {
    expect(shareCodeProblem('W1234567', 'W', '2025-03-10')).toMatch(/9 letters or digits/);
    expect(shareCodeProblem('W1234567*', 'W', '2025-03-10')).toMatch(/9 letters or digits/);
    expect(shareCodeProblem('X12345678', 'W', '2025-03-10')).toMatch(/must start with W/);
    expect(shareCodeProblem('W12345678', 'R', '2025-03-10')).toMatch(/for right to work/);
  });

  it('is valid for 90 days from the day it was generated', () => {
    expect(shareCodeProblem('W12345678', 'W', '2025-03-31', '2025-01-01')).toBeUndefined();
    expect(shareCodeProblem('W12345678', 'W', '2025-04-01', '2025-01-01')).toMatch(/expired on 2025-04-01/);
  });
});
