import { describe, expect, it } from 'vitest';
import { readMrzDate } from './dates.js';

const ref = new Date('2026-03-01T00:00:00Z');

describe('readMrzDate', () => {
  it('never puts a birth date after the reference date', () => {
    expect(readMrzDate('740812', 'birth', ref)).toEqual({ status: 'valid', iso: '1974-08-12' });
    expect(readMrzDate('091126', 'birth', ref)).toEqual({ status: 'valid', iso: '2009-11-26' });
    expect(readMrzDate('260228', 'birth', ref)).toEqual({ status: 'valid', iso: '2026-02-28' });
    expect(readMrzDate('260302', 'birth', ref)).toEqual({ status: 'valid', iso: '1926-03-02' });
  });

  it('reads expiry dates within fifty years ahead as this century', () => {
    expect(readMrzDate('300211', 'expiry', ref)).toEqual({ status: 'valid', iso: '2030-02-11' });
    expect(readMrzDate('940623', 'expiry', ref)).toEqual({ status: 'valid', iso: '1994-06-23' });
    expect(readMrzDate('760101', 'expiry', ref)).toEqual({ status: 'valid', iso: '2076-01-01' });
  });

  it('rejects dates that are not in the calendar', () => {
    expect(readMrzDate('990230', 'birth', ref)).toEqual({ status: 'invalid', reason: 'day 30 out of range for month 02' });
    expect(readMrzDate('741312', 'birth', ref)).toEqual({ status: 'invalid', reason: 'month 13 out of range' });
    expect(readMrzDate('000229', 'birth', ref)).toEqual({ status: 'valid', iso: '2000-02-29' });
    expect(readMrzDate('010229', 'birth', ref).status).toBe('invalid');
    expect(readMrzDate('74O812', 'birth', ref).status).toBe('invalid');
  });

  it('treats filler dates as unknown', () => {
    expect(readMrzDate('<<<<<<', 'birth', ref)).toEqual({ status: 'unknown' });
    expect(readMrzDate('6408<<', 'birth', ref)).toEqual({ status: 'unknown' });
  });
});
