import { describe, expect, it } from 'vitest';
import { editSimilarity, jaroWinkler, osaDistance } from './string-similarity.js';

describe('jaroWinkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
  });

  it('is 1 for equal strings and 0 with nothing in common or an empty side', () => {
    expect(jaroWinkler('putin', 'putin')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('does not carry state from a longer earlier call', () => {
    jaroWinkler('a'.repeat(200), 'a'.repeat(150));
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
  });
});

describe('osaDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit each', () => {
    expect(osaDistance('vladimir', 'vladimr')).toBe(1);
    expect(osaDistance('ivan', 'ivna')).toBe(1);
    expect(osaDistance('smith', 'smyth')).toBe(1);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
    expect(osaDistance('', 'abc')).toBe(3);
  });
});

describe('editSimilarity', () => {
  it('is lenient with one typo in a long name and strict with short ones', () => {
    expect(editSimilarity('vladimir', 'vladimr')).toBeGreaterThan(0.9);
    expect(editSimilarity('ali', 'al')).toBeLessThan(0.8);
  });
});
