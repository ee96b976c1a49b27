import { describe, expect, it } from 'vitest';
import { characterValue, checkDigit, isMrzCharacter } from './check-digit.js';

describe('checkDigit', () => {
  it('computes 7-3-1 check digits of the ICAO specimen fields', () => {
    expect(checkDigit('L898902C3')).toBe('6');
    expect(checkDigit('740812')).toBe('2');
    expect(checkDigit('120415')).toBe('9');
    expect(checkDigit('ZE184226B<<<<<')).toBe('1');
  });

  it('counts fillers as zero and letters from 10', () => {
    expect(characterValue('<'.charCodeAt(0))).toBe(0);
    expect(characterValue('A'.charCodeAt(0))).toBe(10);
    expect(characterValue('Z'.charCodeAt(0))).toBe(35);
    expect(checkDigit('<<<<<<')).toBe('0');
  });

  it('returns null for characters outside the MRZ set', () => {
    expect(checkDigit('AB?1')).toBeNull();
    expect(checkDigit('ab1')).toBeNull();
    expect(isMrzCharacter('«')).toBe(false);
    expect(isMrzCharacter('<')).toBe(true);
  });
});
