import { describe, expect, it } from 'vitest';
import { compareNames, STRONG_THRESHOLD } from '../matcher.js';

const score = (a: string, b: string, type?: 'person' | 'organization') => compareNames(a, b, { type }).score;

describe('name part rules', () => {
  it('tells Slavic surname families apart (Shevchenko is not Shevchuk), but not spellings of one surname', () => {
    expect(compareNames('Andriy Shevchenko', 'Andriy Shevchuk', { type: 'person' }).match).toBe(false);
    expect(compareNames('Taras Petrenko', 'Taras Petrov', { type: 'person' }).match).toBe(false);
    expect(compareNames('Andriy Shevchenko', 'Andriy Shevtchenko', { type: 'person' }).match).toBe(true);
  });
  it("does not take a company's distinguishing word for a typo, and still reads legal forms and sound-alikes", () => {
    expect(compareNames('Northern Steel Trading', 'Northern Steam Trading', { type: 'organization' }).match).toBe(false);
    expect(compareNames('Baltic Mining Company', 'Baltic Minting Company', { type: 'organization' }).match).toBe(false);
    expect(compareNames('Orion Shipping Aktiengesellschaft', 'Orion Shipping AG', { type: 'organization' }).match).toBe(true);
  });
  it('caps a swap of two common given names below a strong match, and keeps a given/family swap strong', () => {
    expect(score('Thomas Paul', 'Paul Thomas', 'person')).toBeLessThan(STRONG_THRESHOLD);
    expect(score('Thomas Okonkwo', 'OKONKWO, Thomas', 'person')).toBeGreaterThanOrEqual(STRONG_THRESHOLD);
  });
  it('matches a title in place of the given name for review, and nicknames and acronyms', () => {
    const titled = compareNames('Khalifa Haftar', 'General Haftar', { type: 'person' });
    expect(titled.match).toBe(true);
    expect(titled.score).toBeLessThan(STRONG_THRESHOLD);
    expect(compareNames('Vladimir Petrov', 'Vova Petrov', { type: 'person' }).match).toBe(true);
    expect(compareNames('IRGC', 'Islamic Revolutionary Guard Corps', { type: 'organization' }).match).toBe(true);
    expect(compareNames('IRGC', 'Islamic State of Iraq and the Levant', { type: 'organization' }).match).toBe(false);
    expect(compareNames('2nd Regiment', 'Second Regiment', { type: 'organization' }).match).toBe(true);
    expect(compareNames('Unit 731', 'Unit 137', { type: 'organization' }).match).toBe(false);
  });

  it('reads romanisations of one Chinese name alike, and one different character or syllable as another person', () => {
    expect(compareNames('Zhou Enlai', 'Chou En-lai', { type: 'person' }).match).toBe(true);
    expect(compareNames('Xi Jinping', 'Hsi Chin-ping', { type: 'person' }).match).toBe(true);
    expect(compareNames('张德江', '张德林', { type: 'person' }).match).toBe(false);
    expect(compareNames('김정은', '김정일', { type: 'person' }).match).toBe(false);
    expect(compareNames('Li Keqiang', 'Li Keming', { type: 'person' }).match).toBe(false);
    // Western names that split into syllables are not read as Chinese.
    expect(compareNames('Mohammed Khan', 'Muhammad Khan', { type: 'person' }).match).toBe(true);
    expect(compareNames('Hassan Ali', 'Hasan Ali', { type: 'person' }).match).toBe(true);
  });
});
