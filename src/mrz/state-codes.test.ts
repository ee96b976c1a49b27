import { describe, expect, it } from 'vitest';
import { ICAO_SPECIAL_CODES, isKnownStateCode, knownStateCodeCount, STATE_CODES_VERSION } from './state-codes.js';

describe('state codes', () => {
  it('holds the 249 ISO 3166-1 codes and the ICAO special codes', () => {
    expect(knownStateCodeCount()).toBe(249 + Object.keys(ICAO_SPECIAL_CODES).length);
  });

  it('knows ISO codes, Germany as D, the specimen state and the refugee codes', () => {
    for (const code of ['FRA', 'GBR', 'D', 'UTO', 'XXA', 'XXX', 'GBN', 'EUE']) expect(isKnownStateCode(code)).toBe(true);
    for (const code of ['BAD', 'DEX', '', 'D<<']) expect(isKnownStateCode(code)).toBe(false);
  });

  it('has a version string', () => {
    expect(STATE_CODES_VERSION).toMatch(/iso3166/);
  });
});
