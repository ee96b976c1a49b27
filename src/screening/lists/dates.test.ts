import { describe, expect, it } from 'vitest';
import { parseBirthDatePhrase, parseListDate, yearRange } from './dates.js';

describe('parseListDate', () => {
  it('reads the forms lists use', () => {
    expect(parseListDate('12 Jan 1960')).toBe('1960-01-12');
    expect(parseListDate('01 Mar 1965')).toBe('1965-03-01');
    expect(parseListDate('Jan 1960')).toBe('1960-01');
    expect(parseListDate('1960')).toBe('1960');
    expect(parseListDate('1960-01-12')).toBe('1960-01-12');
    expect(parseListDate('1960-01-00')).toBe('1960-01');
    expect(parseListDate('29-06-2012')).toBe('2012-06-29');
    expect(parseListDate('29/06/2012')).toBe('2012-06-29');
  });
  it('rejects what is not a real date', () => {
    expect(parseListDate('31 Feb 1960')).toBeUndefined();
    expect(parseListDate('1960-13-01')).toBeUndefined();
    expect(parseListDate('sometime')).toBeUndefined();
  });
});

describe('parseBirthDatePhrase', () => {
  it('reads exact, approximate and ranged dates of birth', () => {
    expect(parseBirthDatePhrase('12 Jan 1960')).toEqual(['1960-01-12']);
    expect(parseBirthDatePhrase('circa 1960')).toEqual(['1960']);
    expect(parseBirthDatePhrase('1955 to 1958')).toEqual(['1955', '1956', '1957', '1958']);
    expect(parseBirthDatePhrase('01 Jan 1961 to 31 Dec 1962')).toEqual(['1961', '1962']);
    expect(parseBirthDatePhrase('04 Mar 1960 to 04 Mar 1960')).toEqual(['1960-03-04']);
    expect(parseBirthDatePhrase('unknown')).toEqual([]);
  });
  it('keeps only the ends of a very wide range', () => {
    expect(yearRange(1940, 1980)).toEqual(['1940', '1980']);
    expect(yearRange(1980, 1940)).toEqual([]);
  });
});
