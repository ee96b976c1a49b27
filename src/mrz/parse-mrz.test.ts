import { describe, expect, it } from 'vitest';
import { parseMrz } from './parse-mrz.js';

// Hand-made MRZs of invented people; check digits computed by hand (7-3-1).
const referenceDate = new Date('2026-01-01T00:00:00Z');
const parse = (lines: string[] | string) => parseMrz(lines, { referenceDate });

describe('parseMrz formats', () => {
  it('reads TD1', () => {
    const r = parse(['I<CZEAB12345671<<<<<<<<<<<<<<<', '9002155F3201015CZE<<<<<<<<<<<8', 'NOVAKOVA<<JANA<MARIE<<<<<<<<<<']);
    expect(r.valid).toBe(true);
    expect(r.format).toBe('TD1');
    expect(r.fields).toEqual({
      documentCode: 'I',
      issuingState: 'CZE',
      documentNumber: 'AB1234567',
      nationality: 'CZE',
      birthDate: '900215',
      sex: 'F',
      expiryDate: '320101',
      lastName: 'NOVAKOVA',
      firstName: 'JANA MARIE',
      personalNumber: null,
      optionalData1: '',
      optionalData2: '',
    });
    expect(r.dateOfBirth).toBe('1990-02-15');
    expect(r.dateOfExpiry).toBe('2032-01-01');
    expect(r.checks.map((c) => c.field)).toEqual(['documentNumber', 'birthDate', 'expiryDate', 'composite']);
    expect(r.checks.every((c) => c.valid)).toBe(true);
  });

  it('joins a TD1 long document number and reads the optional data after it', () => {
    const r = parse(['IDNLD123456789<0122<XY7<<<<<<<', '8001014M3001019NLD<<<<<<<<<<<0', 'JANSEN<<PIETER<<<<<<<<<<<<<<<<']);
    expect(r.valid).toBe(true);
    expect(r.fields.documentNumber).toBe('123456789012');
    expect(r.fields.optionalData1).toBe('XY7');
    expect(r.checks[0]).toMatchObject({ field: 'documentNumber', line: 1, start: 18, found: '2', valid: true });
  });

  it('reads TD2, including a long document number', () => {
    const r = parse(['I<DNKHANSEN<<PER<OLE<<<<<<<<<<<<<<<<', 'K123456784DNK8511308M2906302<<<<<<<2']);
    expect(r).toMatchObject({ valid: true, format: 'TD2' });
    expect(r.fields).toMatchObject({ documentNumber: 'K12345678', lastName: 'HANSEN', firstName: 'PER OLE', optionalData1: '', optionalData2: null });
    const long = parse(['I<DNKHANSEN<<PER<<<<<<<<<<<<<<<<<<<<', 'K12345678<DNK8511308M2906302907<<<<4']);
    expect(long.valid).toBe(true);
    expect(long.fields.documentNumber).toBe('K1234567890');
  });

  it('reads TD3 with a personal number', () => {
    const r = parse(['P<ESPGARCIA<LOPEZ<<MARIA<<<<<<<<<<<<<<<<<<<<', 'XDA1234565ESP7505216F300520212345678Z<<<<<38']);
    expect(r.valid).toBe(true);
    expect(r.format).toBe('TD3');
    expect(r.fields).toMatchObject({ lastName: 'GARCIA LOPEZ', firstName: 'MARIA', personalNumber: '12345678Z', optionalData1: null });
  });

  it('accepts < or 0 as the check digit of an all-filler TD3 personal number', () => {
    const zero = parse(['P<IRLOBRIEN<<SIOBHAN<<<<<<<<<<<<<<<<<<<<<<<<', 'PX12345672IRL0203100F3103094<<<<<<<<<<<<<<02']);
    const filler = parse(['P<IRLOBRIEN<<SIOBHAN<<<<<<<<<<<<<<<<<<<<<<<<', 'PX12345672IRL0203100F3103094<<<<<<<<<<<<<<<2']);
    expect(zero.valid).toBe(true);
    expect(filler.valid).toBe(true);
    expect(filler.checks.find((c) => c.field === 'personalNumber')?.variant).toBe('filler-for-empty-field');
    expect(zero.fields.personalNumber).toBe('');
    expect(zero.dateOfBirth).toBe('2002-03-10');
  });

  it('reads MRV-A and MRV-B visas', () => {
    const a = parse(['V<GBRSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<', 'VA12345675AUS7001017M2801016ABC12<<<<<<<<<<<']);
    expect(a).toMatchObject({ valid: true, format: 'MRV-A' });
    expect(a.fields).toMatchObject({ documentCode: 'V', nationality: 'AUS', optionalData1: 'ABC12', personalNumber: null });
    const b = parse(['V<ITAROSSI<<LUCA<<<<<<<<<<<<<<<<<<<<', 'VB76543216BRA8812120M2701013Q1<<<<<<']);
    expect(b).toMatchObject({ valid: true, format: 'MRV-B' });
    expect(b.fields).toMatchObject({ documentNumber: 'VB7654321', optionalData1: 'Q1' });
    expect(b.checks.map((c) => c.field)).not.toContain('composite');
  });

  it('reads the French identity card of 1988–2021', () => {
    const r = parse(['IDFRADUPONT<MARTIN<<<<<<<<<<<<075123', '1503751234564JEAN<<PIERRE<<8002295M7']);
    expect(r).toMatchObject({ valid: true, format: 'FRENCH_ID', dateOfBirth: '1980-02-29', dateOfExpiry: null });
    expect(r.fields).toMatchObject({
      documentNumber: '150375123456',
      lastName: 'DUPONT MARTIN',
      firstName: 'JEAN PIERRE',
      administrativeCode: '075123',
      issueYearMonth: '1503',
      nationality: null,
      expiryDate: null,
    });
    expect(r.warnings.map((w) => w.code)).toEqual(['MRZ_EXPIRY_NOT_ENCODED']);
  });

  it('reads the French driving licence', () => {
    const r = parse(['D1FRA12AB345675301231LEROY<<<2']);
    expect(r).toMatchObject({ valid: true, format: 'FRENCH_DRIVING_LICENCE', dateOfExpiry: '2030-12-31' });
    expect(r.fields).toMatchObject({ documentCode: 'D1', documentNumber: '12AB34567', lastName: 'LEROY', firstName: null, birthDate: null });
  });

  it('reads the Swiss driving licence and warns that it has no check digits', () => {
    const r = parse(['ABC123F<<', 'FACHE123456789001<<850601<<<<<', 'MULLER<<HANS<PETER<<<<<<<<<<<<']);
    expect(r).toMatchObject({ valid: true, format: 'SWISS_DRIVING_LICENCE', dateOfBirth: '1985-06-01' });
    expect(r.fields).toMatchObject({
      documentCode: 'FA',
      issuingState: 'CHE',
      documentNumber: 'ABC123F',
      languageCode: 'F',
      pinCode: '123456789',
      versionNumber: '001',
      visualDocumentNumber: '123456789001',
      lastName: 'MULLER',
      firstName: 'HANS PETER',
    });
    expect(r.warnings.map((w) => w.code)).toEqual(['MRZ_NO_CHECK_DIGITS']);
  });

  it('accepts one text with line breaks and surrounding whitespace', () => {
    const r = parse('  V<ITAROSSI<<LUCA<<<<<<<<<<<<<<<<<<<<\r\nVB76543216BRA8812120M2701013Q1<<<<<<  \n');
    expect(r.valid).toBe(true);
  });
});
