import { describe, expect, it } from 'vitest';
import { RtwInputError, formatPath, parseRtwInput, safeParseRtwInput } from './parse-input.js';

const base = { checkDate: '2025-03-10', person: { givenNames: 'Alex', familyName: 'Morgan', dateOfBirth: '1990-05-17' } };

function pathsOf(json: unknown): string[] {
  const parsed = safeParseRtwInput(json);
  if (parsed.ok) throw new Error('expected invalid input');
  return parsed.issues.map((i) => i.path);
}

describe('RTW input validation', () => {
  it('fills defaults', () => {
    const input = parseRtwInput({ ...base, documents: [{ type: 'BRITISH_PASSPORT', issuingCountry: 'GBR' }] });
    expect(input.documents[0]).toMatchObject({ original: true, inCurrentName: true, showsCurrentAddress: false });
    expect(parseRtwInput(base).documents).toEqual([]);
  });

  it('names the JSON path of each bad field', () => {
    expect(pathsOf({ ...base, documents: [{ type: 'BRITISH_PASSPORT', issuingCountry: 'GB', expiryDate: '2025-02-30' }] })).toEqual([
      'documents[0].issuingCountry',
      'documents[0].expiryDate',
    ]);
    expect(pathsOf({ checkDate: '2025-03-10' })).toEqual(['person']);
    expect(pathsOf({ ...base, documents: [{ type: 'LIBRARY_CARD', issuingCountry: 'GBR' }] })).toEqual(['documents[0].type']);
  });

  it('names unknown fields so typos are caught', () => {
    const parsed = safeParseRtwInput({ ...base, documents: [{ type: 'BRITISH_PASSPORT', issuingCountry: 'GBR', expiry: '2030-01-01' }] });
    expect(parsed.ok ? [] : parsed.issues).toEqual([{ path: 'documents[0].expiry', message: 'unknown field: remove it or check its spelling' }]);
  });

  it('checks cross-field rules, naming the field to add or fix', () => {
    expect(pathsOf({ ...base, checkDate: '2022-04-05' })).toEqual(['checkDate']);
    expect(pathsOf({ ...base, person: { ...base.person, dateOfBirth: '2025-03-11' } })).toEqual(['person.dateOfBirth']);
    expect(pathsOf({ ...base, documents: [{ type: 'PASSPORT', issuingCountry: 'USA', expiryDate: '2025-03-09', current: true }] })).toEqual(['documents[0].current']);
    expect(pathsOf({ ...base, documents: [{ type: 'PASSPORT', issuingCountry: 'USA', endorsement: 'LIMITED_LEAVE' }] })).toEqual(['documents[0].permissionExpiry']);
    expect(pathsOf({ ...base, documents: [{ type: 'IRP_CARD', issuingCountry: 'IRL' }] })).toEqual(['documents[0].irpStamp', 'documents[0].expiryDate']);
    expect(pathsOf({ ...base, documents: [{ type: 'EUSS_CERTIFICATE_OF_APPLICATION', issuingCountry: 'GBR' }] })).toEqual(['documents[0].applicationDate']);
    expect(pathsOf({ ...base, ukRightToWork: { route: 'ECS' } })).toEqual(['ukRightToWork.pvn']);
    expect(pathsOf({ ...base, ukRightToWork: { route: 'MANUAL' } })).toEqual(['manualCheck']);
    expect(pathsOf({ ...base, rightToRent: { propertyCountry: 'ENGLAND', route: 'IDVT' } })).toEqual(['rightToRent.idsp']);
    expect(pathsOf({ ...base, dbs: { route: 'DIGITAL' } })).toEqual(['dbs.idsp']);
    expect(
      pathsOf({ ...base, ukRightToWork: { route: 'ONLINE', onlineProfile: { shareCode: 'W12345678', status: 'TIME_LIMITED', photoMatches: true } } }),
    ).toEqual(['ukRightToWork.onlineProfile.permissionExpiry']);
    const idsp = { certified: true, documentIndex: 1, documentVerification: 'PASS', identityFraud: 'PASS', faceMatch: 'PASS', liveness: 'PASS' };
    expect(pathsOf({ ...base, documents: [], ukRightToWork: { route: 'IDVT', idsp } })).toEqual(['ukRightToWork.idsp.documentIndex']);
  });

  it('rejects a malformed GPG45 profile code', () => {
    const idsp = { certified: true, identityProfile: 'MEDIUM', documentVerification: 'PASS', identityFraud: 'PASS', faceMatch: 'PASS', liveness: 'PASS' };
    expect(pathsOf({ ...base, dbs: { route: 'DIGITAL', idsp } })).toEqual(['dbs.idsp.identityProfile']);
  });

  it('throws a typed error with a stable code', () => {
    const error = (() => {
      try {
        parseRtwInput({ ...base, checkDate: 'today' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RtwInputError);
    expect(error).toMatchObject({ code: 'RTW_INPUT_INVALID', issues: [{ path: 'checkDate' }] });
    expect((error as Error).message).toMatch(/checkDate: expected a real calendar date written YYYY-MM-DD/);
  });

  it('formats paths with an optional root', () => {
    expect(formatPath(['documents', 2, 'type'], 'rtw')).toBe('rtw.documents[2].type');
    expect(formatPath([])).toBe('');
  });
});
