import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, daysInMonth, earlierOf, laterOf } from './dates.js';

describe('calendar arithmetic', () => {
  it('adds calendar months, clamping to the end of shorter months', () => {
    expect(addMonths('2024-01-15', 6)).toBe('2024-07-15');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2024-10-31', 3)).toBe('2025-01-31');
    expect(addMonths('2024-12-31', 2)).toBe('2025-02-28');
  });

  it('subtracts months across a year boundary', () => {
    expect(addMonths('2025-02-28', -3)).toBe('2024-11-28');
    expect(addMonths('2025-05-31', -3)).toBe('2025-02-28');
    expect(addMonths('2025-01-10', -12)).toBe('2024-01-10');
  });

  it('adds days across month and leap-year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 90)).toBe('2025-03-31');
    expect(addDays('2024-03-01', -28)).toBe('2024-02-02');
  });

  it('computes age in whole years, a leap-day birthday falling on 1 March', () => {
    expect(ageOn('2006-05-10', '2024-05-09')).toBe(17);
    expect(ageOn('2006-05-10', '2024-05-10')).toBe(18);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
  });

  it('knows month lengths and orders dates', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(laterOf('2024-01-01', '2023-12-31')).toBe('2024-01-01');
    expect(earlierOf('2024-01-01', '2023-12-31')).toBe('2023-12-31');
  });

  it('rejects strings that are not ISO dates', () => {
    expect(() => addMonths('15/01/2024', 1)).toThrow(RangeError);
  });
});
