import { describe, expect, it } from 'vitest';
import {
  datesAgree,
  isPartialDate,
  normalizeDocumentNumber,
  normalizeEmail,
  normalizeName,
  normalizePhone,
  normalizeValue,
} from './normalize.js';

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Mary.Test@Example.COM ')).toBe('mary.test@example.com');
  });
  it('rejects what is not an address', () => {
    expect(normalizeEmail('mary')).toBeUndefined();
    expect(normalizeEmail('mary @example.com')).toBeUndefined();
    expect(normalizeEmail('a@b@c')).toBeUndefined();
  });
});

describe('normalizePhone', () => {
  it('keeps digits and the international +, turning a leading 00 into +', () => {
    expect(normalizePhone('+44 7700 900-123')).toBe('+447700900123');
    expect(normalizePhone('0044 (7700) 900.123')).toBe('+447700900123');
    expect(normalizePhone('07700 900123')).toBe('07700900123');
  });
  it('rejects letters and too few digits', () => {
    expect(normalizePhone('call me')).toBeUndefined();
    expect(normalizePhone('+44 77OO')).toBeUndefined();
    expect(normalizePhone('123')).toBeUndefined();
  });
});

describe('normalizeDocumentNumber', () => {
  it('upper-cases and drops spaces, dashes and fillers', () => {
    expect(normalizeDocumentNumber(' pa-123 456<< ')).toBe('PA123456');
  });
  it('rejects a value without letters or digits', () => {
    expect(normalizeDocumentNumber(' -- ')).toBeUndefined();
  });
});

describe('normalizeName', () => {
  it('ignores case, diacritics, punctuation and word order', () => {
    expect(normalizeName('Müller-Lüdenscheidt, Hans')).toBe('hans ludenscheidt muller');
    expect(normalizeName('HANS MULLER LUDENSCHEIDT')).toBe('hans ludenscheidt muller');
    expect(normalizeName("Seán O'Brien")).toBe('obrien sean');
  });
  it('transliterates other scripts', () => {
    expect(normalizeName('Иван Петров')).toBe('ivan petrov');
  });
  it('rejects a name with no letters or digits', () => {
    expect(normalizeName(' ,. ')).toBeUndefined();
  });
});

describe('normalizeValue', () => {
  it('dispatches on the entry type', () => {
    expect(normalizeValue('EMAIL', 'A@B.C')).toBe('a@b.c');
    expect(normalizeValue('PHONE', '00 1 555 0100')).toBe('+15550100');
    expect(normalizeValue('DOCUMENT', 'x 1')).toBe('X1');
    expect(normalizeValue('NAME', 'B a')).toBe('a b');
  });
});

describe('dates of birth', () => {
  it('accepts YYYY, YYYY-MM and YYYY-MM-DD only', () => {
    expect(['1980', '1980-05', '1980-05-31'].every(isPartialDate)).toBe(true);
    expect(['80', '1980-5', '1980-13', '1980-05-32', '31/05/1980'].some(isPartialDate)).toBe(false);
  });
  it('agree to the precision both give', () => {
    expect(datesAgree('1980', '1980-05-31')).toBe(true);
    expect(datesAgree('1980-05', '1980-05-31')).toBe(true);
    expect(datesAgree('1980-05-30', '1980-05-31')).toBe(false);
    expect(datesAgree('1981', '1980-05-31')).toBe(false);
  });
});
