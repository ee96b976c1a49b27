import { describe, expect, it } from 'vitest';
import { parseQueryDate } from './query-date.js';

describe('parseQueryDate', () => {
  it('reads the unambiguous forms', () => {
    expect(parseQueryDate('1969')).toEqual({ date: '1969' });
    expect(parseQueryDate('1969-07-16')).toEqual({ date: '1969-07-16' });
    expect(parseQueryDate('1969-7-16')).toEqual({ date: '1969-07-16' });
    expect(parseQueryDate('1969/7/6')).toEqual({ date: '1969-07-06' });
    expect(parseQueryDate('16 Jul 1969')).toEqual({ date: '1969-07-16' });
    expect(parseQueryDate('July 16, 1969')).toEqual({ date: '1969-07-16' });
    expect(parseQueryDate('16/07/1969')).toEqual({ date: '1969-07-16' });
    expect(parseQueryDate('07/16/1969')).toEqual({ date: '1969-07-16' });
  });
  it('reads day and month in the order given, and refuses an ambiguous one without it', () => {
    expect(parseQueryDate('05/07/1969', 'dmy')).toEqual({ date: '1969-07-05' });
    expect(parseQueryDate('05/07/1969', 'mdy')).toEqual({ date: '1969-05-07' });
    expect(parseQueryDate('05.07.1969')).toEqual({ error: expect.stringMatching(/--date-order/) });
  });
  it('refuses what is not a calendar date', () => {
    expect(parseQueryDate('1969-02-30')).toEqual({ error: expect.stringMatching(/not a calendar date/) });
    expect(parseQueryDate('yesterday')).toEqual({ error: expect.stringMatching(/not a date/) });
    expect(parseQueryDate('16/07/1969', 'mdy')).toEqual({ error: expect.stringMatching(/not a calendar date/) });
  });
});
