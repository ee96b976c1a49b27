import { describe, expect, it } from 'vitest';
import { prepareName } from './compare-names.js';
import { compareAddress } from './match-address.js';
import { matchDateOfBirth } from './match-date-of-birth.js';
import { matchGovId } from './match-gov-id.js';
import { matchName, preparePerson } from './match-name.js';
import { DEFAULT_MATCH_SETTINGS, fuzzinessOf, type MatchSettings } from './match-settings.js';
import { parseStreetLine } from './parse-address.js';

const person = (given?: string, family?: string, other?: string) => preparePerson(prepareName(given), prepareName(family), prepareName(other));
const exact: MatchSettings = { fuzziness: 0, dobTolerance: [] };

describe('name matching (screening normaliser and scorer)', () => {
  it('verifies through case, diacritics, nicknames, a typo and swapped parts; not a different person', () => {
    const s = DEFAULT_MATCH_SETTINGS;
    expect(matchName(person('José', 'Müller'), person('JOSE', 'MULLER'), s)).toMatchObject({ verified: true, matchStrengths: { givenName: 100, familyName: 100 } });
    expect(matchName(person('Bill', 'Nguyen'), person('William', 'Nguyen'), s).verified).toBe(true);
    expect(matchName(person('Sarah', 'Bruhn'), person('Sarah', 'Brhun'), s).verified).toBe(true);
    expect(matchName(person('Bruhn', 'Sarah'), person('Sarah', 'Bruhn'), s)).toMatchObject({ verified: true, matchStrengths: { givenName: 100, familyName: 100 } });
    expect(matchName(person('joshu a', 'hohn'), person('joshua', 'hohn'), s).verified).toBe(true);
    const other = matchName(person('Sarah', 'Bruhn'), person('Sarah', 'Brown'), s);
    expect(other).toMatchObject({ verified: false, strongEnough: false });
    expect(matchName(person('Mary'), person('Mary', 'Smith'), s)).toMatchObject({ verified: false, strongEnough: true });
  });

  it('with fuzziness 0 accepts only names equal after normalisation', () => {
    expect(matchName(person('Sarah', 'Bruhn'), person('Sara', 'Bruhn'), exact).verified).toBe(false);
    expect(matchName(person('SARAH', 'BRÜHN'), person('sarah', 'bruhn'), exact).verified).toBe(true);
    expect(fuzzinessOf(exact)).toEqual({ normalized: 0, actual: 0 });
  });
});

describe('address matching', () => {
  it('parses street lines and compares through the abbreviation tables', () => {
    expect(parseStreetLine('3/45 Ocean Pde')).toEqual({ unitNumber: '3', streetNumber: '45', streetName: 'ocean', streetType: 'parade' });
    expect(parseStreetLine('Unit 7, 12A King William St')).toEqual({ unitNumber: '7', streetNumber: '12a', streetName: 'king william', streetType: 'street' });
    expect(parseStreetLine('forbes street')).toEqual({ streetName: 'forbes', streetType: 'street' });
    const a = { ...parseStreetLine('12 Smith St'), locality: 'Mt Waverley', subdivision: 'Victoria', postalCode: '3149' };
    const b = { streetNumber: '12', streetName: 'Smith', streetType: 'Street', locality: 'Mount Waverley', subdivision: 'VIC', postalCode: '3149' };
    expect(compareAddress(a, b, DEFAULT_MATCH_SETTINGS)).toMatchObject({ verified: true, matchStrengths: { fullAddress: 100, streetType: 100, locality: 100, subdivision: 100 } });
    expect(compareAddress(a, { ...b, streetNumber: '14' }, DEFAULT_MATCH_SETTINGS).verified).toBe(false);
    expect(compareAddress(a, { ...b, locality: 'Perth', postalCode: '6000' }, DEFAULT_MATCH_SETTINGS).verified).toBe(false);
  });
});

describe('date of birth and government ID', () => {
  it('matches dates exactly or within the configured tolerance', () => {
    const s = (dobTolerance: MatchSettings['dobTolerance']) => ({ fuzziness: 50, dobTolerance });
    expect(matchDateOfBirth('1963-04-02', '1963-04-02', s([]))).toMatchObject({ verified: true, strength: 100, matchedBy: 'exact' });
    expect(matchDateOfBirth('1963-02-04', '1963-04-02', s([])).verified).toBe(false);
    expect(matchDateOfBirth('1963-02-04', '1963-04-02', s(['transposed']))).toMatchObject({ verified: true, matchedBy: 'transposed' });
    expect(matchDateOfBirth('1963-04-09', '1963-04-02', s(['yearMonth']))).toMatchObject({ verified: true, matchedBy: 'yearMonth' });
    expect(matchDateOfBirth('1963-09-09', '1963-04-02', s(['year']))).toMatchObject({ verified: true, matchedBy: 'year' });
    expect(matchDateOfBirth('1964-04-02', '1963-04-02', s(['year', 'yearMonth', 'transposed'])).verified).toBe(false);
  });

  it('matches government IDs after normalisation, by type and country', () => {
    const record = [{ type: 'PASSPORT', number: 'PA1234567', country: 'AU' }];
    expect(matchGovId([{ type: 'passport', number: 'pa 123-4567', country: 'AU' }], record).verified).toBe(true);
    expect(matchGovId([{ type: 'PASSPORT', number: 'PA1234567', country: 'NZ' }], record).verified).toBe(false);
    expect(matchGovId([{ type: 'DRIVERS_LICENCE', number: 'PA1234567' }], record).verified).toBe(false);
  });
});
