import { describe, expect, it } from 'vitest';
import { addCountries, countryCode } from './countries.js';

describe('countryCode', () => {
  it('reads the names OFAC, the UN and the UK write', () => {
    expect(countryCode('Korea, North')).toBe('KP');
    expect(countryCode("Democratic People's Republic of Korea")).toBe('KP');
    expect(countryCode('Congo, Democratic Republic of the')).toBe('CD');
    expect(countryCode('Congo, Republic of the')).toBe('CG');
    expect(countryCode('Iran (Islamic Republic of)')).toBe('IR');
    expect(countryCode('United Kingdom of Great Britain and Northern Ireland')).toBe('GB');
    expect(countryCode('Türkiye')).toBe('TR');
    expect(countryCode('Man, Isle of')).toBe('IM');
    expect(countryCode('Burma')).toBe('MM');
    expect(countryCode('Viet Nam')).toBe('VN');
    expect(countryCode('Region: West Bank')).toBe('PS');
    expect(countryCode('  syria. ')).toBe('SY');
  });
  it('reads nationality adjectives and ISO codes', () => {
    expect(countryCode('Syrian')).toBe('SY');
    expect(countryCode('north korean')).toBe('KP');
    expect(countryCode('RU')).toBe('RU');
  });
  it('reads ISO alpha-3 and MRZ nationality codes (an applicant\'s nationality from a passport)', () => {
    expect(countryCode('GBR')).toBe('GB');
    expect(countryCode('DEU')).toBe('DE');
    expect(countryCode('D')).toBe('DE');
    expect(countryCode('GBN')).toBe('GB');
    expect(countryCode('XKX')).toBe('XK');
    expect(countryCode('ZZZ')).toBeUndefined();
    expect(countryCode('UTO')).toBeUndefined();
  });
  it('returns undefined for what names no single country', () => {
    expect(countryCode('undetermined')).toBeUndefined();
    expect(countryCode('former Soviet Union')).toBeUndefined();
    expect(countryCode('ZZ')).toBeUndefined();
    expect(countryCode('')).toBeUndefined();
  });
  it('adds codes once and returns the unknown names', () => {
    const into = ['SY'];
    expect(addCountries(into, ['Syria', 'Iraq', 'Atlantis', undefined])).toEqual(['Atlantis']);
    expect(into).toEqual(['SY', 'IQ']);
  });
});
