import { describe, expect, it } from 'vitest';
import { isEastAsianSyllables } from './east-asian-syllables.js';

describe('isEastAsianSyllables', () => {
  it('accepts pinyin and its Wade-Giles spellings', () => {
    for (const t of ['zhang', 'jinping', 'shilong', 'xiaoping', 'hsiung', 'chiang', 'tsung', 'lian']) expect(isEastAsianSyllables(t), t).toBe(true);
  });
  it('accepts Korean syllables in both romanisations and the common surname spellings', () => {
    for (const t of ['jeong', 'hyok', 'chol', 'kim', 'choe', 'choi', 'lee', 'park', 'yoon', 'jongun']) expect(isEastAsianSyllables(t), t).toBe(true);
  });
  it('rejects words that do not split into such syllables', () => {
    for (const t of ['crewson', 'smith', 'martha', 'vladimir', 'schmidt', 'ng', 'jang2', '']) expect(isEastAsianSyllables(t), t).toBe(false);
  });
});
