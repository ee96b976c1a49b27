import { describe, expect, it } from 'vitest';
import { parseMrz } from '../../mrz/index.js';
import { assessDocument, type AssessmentInput } from './assess-document.js';
import { idvConfigSchema } from './config.js';

// An invented Spanish passport (check digits by hand), valid until 2030-05-20, holder born 1975-05-21.
const PASSPORT = ['P<ESPGARCIA<LOPEZ<<MARIA<<<<<<<<<<<<<<<<<<<<', 'XDA1234565ESP7505216F300520212345678Z<<<<<38'];
const checkDate = new Date('2026-01-15T00:00:00Z');

function assess(overrides: Partial<AssessmentInput> = {}, config: Record<string, unknown> = {}) {
  const mrzLines = overrides.mrzLines ?? PASSPORT;
  return assessDocument({
    documentType: 'Passport',
    mrzLines,
    mrz: parseMrz(mrzLines, { referenceDate: checkDate }),
    visual: { lastName: 'García López', firstName: 'María', dateOfBirth: '1975-05-21', documentNumber: 'XDA123456', expiryDate: '2030-05-20' },
    config: idvConfigSchema.parse(config),
    checkDate,
    blocked: null,
    imageKinds: ['FRONT.Cropped'],
    ...overrides,
  });
}

const codes = (a: ReturnType<typeof assess>) => a.issues.map((i) => i.code);

describe('assessDocument', () => {
  it('accepts a valid, consistent, unexpired document of an adult', () => {
    const a = assess();
    expect(a.issues).toEqual([]);
    expect(a.OperatorStatus).toBe('Accepted');
    expect(a.DocumentFraudSoftware).toEqual({ Name: 'DocumentFraudSoftware', Result: 'Passed' });
    expect(a.MrzLineCount).toBe(2);
    expect(a.MrzCharacterCount).toBe(44);
    expect(a.MrzSameLength).toBe(true);
    expect(a.MrzValidationProperties).toContainEqual({ Name: 'Expiry date checksum is matching', Value: true, ValueUndefined: false, ErrorMessage: null });
    expect(a.GeneralDocumentProperties).toContainEqual(expect.objectContaining({ Name: 'Last name in the MRZ matches the visual zone', Value: true }));
    expect(a.extracted).toMatchObject({ lastName: 'GARCIA LOPEZ', firstName: 'MARIA', dateOfBirth: '1975-05-21', documentNumber: 'XDA123456', nationality: 'ESP', expiryDate: '2030-05-20' });
  });

  it('fails an expired document against the check date', () => {
    const a = assess({ checkDate: new Date('2030-05-21T00:00:00Z') });
    expect(codes(a)).toContain('IDV_DOCUMENT_EXPIRED');
    expect(a.OperatorStatus).toBe('Failed');
    expect(a.DocumentResultsSummary).toContainEqual(expect.objectContaining({ Name: 'Document is not expired', Value: false }));
  });

  it('fails an applicant under the minimum age', () => {
    expect(codes(assess({}, { minimumAge: 60 }))).toEqual(['IDV_UNDER_MINIMUM_AGE']);
  });

  it('fails an invalid MRZ with its finding codes', () => {
    const a = assess({ mrzLines: [PASSPORT[0], PASSPORT[1].replace('XDA1234565', 'XDA1234564')] });
    expect(codes(a)).toContain('MRZ_CHECK_DIGIT_MISMATCH');
    expect(a.OperatorStatus).toBe('Failed');
    expect(a.DocumentFraudSoftware.Result).toBe('Failed');
    expect(a.MrzValidationProperties).toContainEqual(expect.objectContaining({ Name: 'Document number checksum is matching', Value: false }));
  });

  it('refers a name that differs between MRZ and visual zone, and fails a differing date of birth', () => {
    const name = assess({ visual: { lastName: 'Fernández Ruiz', firstName: 'María', dateOfBirth: '1975-05-21' } });
    expect(codes(name)).toEqual(['IDV_NAME_MISMATCH']);
    expect(name.OperatorStatus).toBe('Referred');
    const dob = assess({ visual: { lastName: 'Garcia Lopez', dateOfBirth: '1975-05-12' } });
    expect(codes(dob)).toEqual(['IDV_DATE_OF_BIRTH_MISMATCH']);
    expect(dob.OperatorStatus).toBe('Failed');
  });

  it('applies the allowed types, allowed and high-risk issuing states of the config', () => {
    expect(codes(assess({}, { allowedDocumentTypes: ['IdentityCard'] }))).toContain('IDV_DOCUMENT_TYPE_NOT_ALLOWED');
    expect(codes(assess({}, { allowedIssuingStates: ['GBR', 'IRL'] }))).toEqual(['IDV_ISSUING_STATE_NOT_ALLOWED']);
    const risky = assess({}, { highRiskIssuingStates: ['ESP'] });
    expect(codes(risky)).toEqual(['IDV_HIGH_RISK_ISSUING_STATE']);
    expect(risky.OperatorStatus).toBe('Referred');
  });

  it('fails known specimens unless the config allows them', () => {
    const utopia = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
    const a = assess({ mrzLines: utopia, visual: {}, checkDate: new Date('2011-01-01T00:00:00Z') });
    expect(codes(a)).toEqual(['IDV_SPECIMEN_DOCUMENT']);
    expect(assess({ visual: { lastName: 'Mustermann' } }).DocumentResultsSummary).toContainEqual(expect.objectContaining({ Name: 'Document is not a known specimen', Value: false }));
    expect(codes(assess({ mrzLines: utopia, visual: {}, checkDate: new Date('2011-01-01T00:00:00Z') }, { allowSpecimens: true }))).toEqual([]);
  });

  it('fails a document number on a block list', () => {
    const a = assess({ blocked: { listName: 'stolen-documents', reason: 'reported stolen' } });
    expect(codes(a)).toEqual(['IDV_DOCUMENT_BLOCKED']);
    expect(a.issues[0].message).toContain('stolen-documents');
  });

  it('without an MRZ: Failed when the config requires one, NoValidation otherwise', () => {
    const required = assess({ mrz: null, mrzLines: undefined });
    expect(required.OperatorStatus).toBe('Failed');
    expect(required.MrzLineCount).toBeNull();
    const optional = assess({ mrz: null, mrzLines: undefined }, { requireMrz: false });
    expect(optional.OperatorStatus).toBe('NoValidation');
    expect(optional.DocumentFraudSoftware.Result).toBe('NotPerformed');
  });

  it('refers a declared type or issuing country that the MRZ contradicts, and missing mandatory fields', () => {
    expect(codes(assess({ documentType: 'IdentityCard' }))).toEqual(['IDV_DOCUMENT_TYPE_MISMATCH']);
    expect(codes(assess({ issuingCountry: 'PRT' }))).toEqual(['IDV_ISSUING_COUNTRY_MISMATCH']);
    const licence = assess({ documentType: 'DrivingLicence', mrzLines: ['D1FRA12AB345675301231LEROY<<<2'], visual: {} });
    expect(codes(licence)).toEqual(['IDV_MANDATORY_FIELD_MISSING']);
    expect(licence.MissingFieldsProperties).toContainEqual(expect.objectContaining({ Name: 'Date of birth is present', Value: false }));
  });

  it('derives the expiry of the French identity card from its issue month', () => {
    const a = assess({ documentType: 'IdentityCard', mrzLines: ['IDFRADUPONT<MARTIN<<<<<<<<<<<<075123', '1503751234564JEAN<<PIERRE<<8002295M7'], visual: {} });
    expect(a.extracted.expiryDate).toBe('2025-03-01');
    expect(codes(a)).toEqual(['IDV_DOCUMENT_EXPIRED']);
  });
});
