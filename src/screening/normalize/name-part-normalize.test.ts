import { describe, expect, it } from 'vitest';
import { dropLegalFormPhrases } from './legal-form-phrases.js';
import { lettersForDigits } from './look-alike-digits.js';
import { normalizeName } from './normalize-name.js';
import { numbersToDigits } from './number-words.js';

const words = (s: string) => s.split(' ');
const texts = (raw: string, type?: Parameters<typeof normalizeName>[1]) => normalizeName(raw, type).tokens.map((t) => t.text);

describe('numbersToDigits', () => {
  it('reads spoken numbers, hundreds and ordinals as digits', () => {
    expect(numbersToDigits(words('unit seven thirty one'))).toEqual(['unit', '731']);
    expect(numbersToDigits(words('division one oh one'))).toEqual(['division', '101']);
    expect(numbersToDigits(words('brigade three hundred and thirteen'))).toEqual(['brigade', '313']);
    expect(numbersToDigits(words('twenty one'))).toEqual(['21']);
    expect(numbersToDigits(words('2nd second 11th'))).toEqual(['2', '2', '11']);
    expect(numbersToDigits(words('trade and development'))).toEqual(words('trade and development'));
  });
});

describe('dropLegalFormPhrases', () => {
  it('drops written-out legal forms, longest first, but never the whole name', () => {
    expect(dropLegalFormPhrases(words('alpha gesellschaft mit beschrankter haftung'))).toEqual(['alpha']);
    expect(dropLegalFormPhrases(words('baltic spolka z ograniczona odpowiedzialnoscia'))).toEqual(['baltic']);
    expect(dropLegalFormPhrases(words('orion aktiengesellschaft'))).toEqual(['orion']);
    expect(dropLegalFormPhrases(words('aktiengesellschaft'))).toEqual(['aktiengesellschaft']);
  });
  it('makes the long and the short form of a company equal', () => {
    expect(texts('Kaspian Logistics Spółka z ograniczoną odpowiedzialnością', 'organization')).toEqual(texts('Kaspian Logistics Sp. z o.o.', 'organization'));
    expect(texts('Unit Seven Thirty-One', 'organization')).toEqual(texts('Unit 731', 'organization'));
    // A name of unknown type may be a person's: its number words stay words.
    expect(texts('Paul Two')).toEqual(['paul', 'two']);
  });
});

describe('lettersForDigits', () => {
  it('reads look-alike digits inside words as letters, and leaves numbers and codes alone', () => {
    expect(lettersForDigits('kadyr0v')).toBe('kadyrov');
    expect(lettersForDigits('t1mchenko')).toBe('timchenko');
    expect(lettersForDigits('nasra11ah')).toBe('nasrallah');
    expect(lettersForDigits('731')).toBe('731');
    expect(lettersForDigits('2nd')).toBe('2nd');
    expect(lettersForDigits('a320')).toBe('a320');
    expect(texts('Ramzan Kadyr0v', 'person')).toEqual(['ramzan', 'kadyrov']);
  });
});
