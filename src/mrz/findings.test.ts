import { describe, expect, it } from 'vitest';
import { parseMrz } from './parse-mrz.js';
import { STATE_CODES_VERSION } from './state-codes.js';
import type { MrzFindingCode, MrzResult } from './types.js';

const referenceDate = new Date('2026-01-01T00:00:00Z');
const parse = (lines: string[] | string) => parseMrz(lines, { referenceDate });
const codes = (r: MrzResult) => r.errors.map((e) => e.code);
const warningCodes = (r: MrzResult) => r.warnings.map((w) => w.code);
const finding = (r: MrzResult, code: MrzFindingCode) => [...r.errors, ...r.warnings].find((f) => f.code === code);

const TD1_LINE2 = '9002155F3201015CZE<<<<<<<<<<<8';
const TD1_LINE3 = 'NOVAKOVA<<JANA<<<<<<<<<<<<<<<<';

describe('MRZ findings', () => {
  it('MRZ_EMPTY_INPUT', () => {
    expect(codes(parse([]))).toEqual(['MRZ_EMPTY_INPUT']);
    expect(codes(parse('  \n '))).toEqual(['MRZ_EMPTY_INPUT']);
  });

  it('MRZ_UNKNOWN_LAYOUT names the lengths it saw', () => {
    const r = parse(['X'.repeat(50), 'Y'.repeat(50)]);
    expect(r.format).toBe('UNKNOWN');
    expect(codes(r)).toEqual(['MRZ_UNKNOWN_LAYOUT']);
    expect(r.errors[0].message).toContain('lengths=50/50');
    expect(r.fields.documentNumber).toBeNull();
  });

  it('MRZ_LINE_COUNT', () => {
    const r = parse(['I<CZEAB12345671<<<<<<<<<<<<<<<', TD1_LINE2]);
    expect(r.format).toBe('TD1');
    expect(codes(r)).toEqual(['MRZ_LINE_COUNT']);
    expect(r.errors[0].message).toBe('TD1 needs 3 lines, got 2');
  });

  it('MRZ_LINE_LENGTH gives the line', () => {
    const r = parse(['I<CZEAB12345671<<<<<<<<<<<<<', TD1_LINE2, TD1_LINE3]);
    expect(codes(r)).toEqual(['MRZ_LINE_LENGTH']);
    expect(r.errors[0]).toMatchObject({ line: 1, start: 0, end: 28 });
  });

  it('MRZ_INVALID_CHARACTER gives the place and suggests the filler for a guillemet', () => {
    const r = parse(['I<CZEAB12345671<<<<<<<<<<<<<<<', TD1_LINE2, 'NOVAKOVA<<JANA<<<<<<<«<<<<<<<<']);
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toMatchObject({ code: 'MRZ_INVALID_CHARACTER', line: 3, start: 21, end: 22 });
    expect(r.errors[0].repairs).toEqual([{ line: 3, position: 21, from: '«', to: '<', field: 'name', fixes: [] }]);
  });

  it('MRZ_INVALID_CHARACTER suggests a digit for a lower-case letter in a check digit, naming the checks it fixes', () => {
    const r = parse(['I<CZEAB1234567i<<<<<<<<<<<<<<<', TD1_LINE2, TD1_LINE3]);
    expect(codes(r)).toEqual(['MRZ_INVALID_CHARACTER']);
    expect(r.errors[0].repairs).toEqual([{ line: 1, position: 14, from: 'i', to: '1', field: 'documentNumber', fixes: ['documentNumber', 'composite'] }]);
  });

  it('MRZ_INVALID_CHARACTER alone reports a bad character inside a date', () => {
    const r = parse(['I<CZEAB12345671<<<<<<<<<<<<<<<', '9002155F32010l5CZE<<<<<<<<<<<8', TD1_LINE3]);
    expect(codes(r)).toEqual(['MRZ_INVALID_CHARACTER']);
  });

  it('MRZ_CHECK_DIGIT_MISMATCH says found and expected, and where', () => {
    const r = parse(['I<CZEAB12345679<<<<<<<<<<<<<<<', TD1_LINE2, TD1_LINE3]);
    expect(r.errors[0]).toMatchObject({ code: 'MRZ_CHECK_DIGIT_MISMATCH', field: 'documentNumber', line: 1, start: 14, end: 15, message: "documentNumber: found '9', expected 1" });
    expect(codes(r)).toContain('MRZ_CHECK_DIGIT_MISMATCH');
  });

  it('MRZ_CHECK_DIGIT_FILLER_INCLUDED accepts the Belgian variant with a warning', () => {
    const r = parse(['IDBEL000000387<0019<<<<<<<<<<<', '9502286F3001064BEL950228998741', 'PEETERS<<AN<<<<<<<<<<<<<<<<<<<']);
    expect(r.valid).toBe(true);
    expect(r.fields.documentNumber).toBe('000000387001');
    expect(warningCodes(r)).toEqual(['MRZ_CHECK_DIGIT_FILLER_INCLUDED']);
    expect(r.checks[0]).toMatchObject({ field: 'documentNumber', expected: '3', found: '9', valid: true, variant: 'filler-included' });
  });

  it('MRZ_DOCUMENT_NUMBER_OVERFLOW_MISSING', () => {
    const r = parse(['I<CZEAB1234567<<<<<<<<<<<<<<<<', '9002155F3201015CZE<<<<<<<<<<<0', TD1_LINE3]);
    expect(codes(r)).toContain('MRZ_DOCUMENT_NUMBER_OVERFLOW_MISSING');
    expect(finding(r, 'MRZ_DOCUMENT_NUMBER_OVERFLOW_MISSING')).toMatchObject({ line: 1, start: 14 });
  });

  it('MRZ_INVALID_DATE rejects 30 February', () => {
    const r = parse(['I<CZEAB12345671<<<<<<<<<<<<<<<', '9002306F3201015CZE<<<<<<<<<<<8', TD1_LINE3]);
    expect(codes(r)).toEqual(['MRZ_INVALID_DATE']);
    expect(r.errors[0]).toMatchObject({ field: 'birthDate', line: 2, start: 0, end: 6, message: 'birthDate 900230: day 30 out of range for month 02' });
    expect(r.dateOfBirth).toBeNull();
  });

  it('MRZ_DATE_UNKNOWN warns about a birth date of fillers', () => {
    const r = parse(['I<CZEAB12345671<<<<<<<<<<<<<<<', '<<<<<<0F3201015CZE<<<<<<<<<<<8', TD1_LINE3]);
    expect(warningCodes(r)).toContain('MRZ_DATE_UNKNOWN');
    expect(r.fields.birthDate).toBe('<<<<<<');
    expect(r.dateOfBirth).toBeNull();
  });

  it('MRZ_INVALID_SEX', () => {
    const r = parse(['I<CZEAB12345671<<<<<<<<<<<<<<<', '9002155X3201015CZE<<<<<<<<<<<8', TD1_LINE3]);
    expect(codes(r)).toEqual(['MRZ_INVALID_SEX']);
    expect(r.fields.sex).toBe('X');
  });

  it('MRZ_INVALID_STATE_CODE for digits in a state code', () => {
    const r = parse(['I<CZ1AB12345671<<<<<<<<<<<<<<<', TD1_LINE2, TD1_LINE3]);
    expect(codes(r)).toEqual(['MRZ_INVALID_STATE_CODE']);
  });

  it('MRZ_UNKNOWN_STATE_CODE is a warning naming the table version; UTO and D<< are known', () => {
    const r = parse(['I<QQQAB12345671<<<<<<<<<<<<<<<', TD1_LINE2, TD1_LINE3]);
    expect(r.valid).toBe(true);
    expect(warningCodes(r)).toEqual(['MRZ_UNKNOWN_STATE_CODE']);
    expect(r.warnings[0].message).toContain(STATE_CODES_VERSION);
    const german = parse(['P<D<<MUELLER<<KARL<<<<<<<<<<<<<<<<<<<<<<<<<<', 'C01X0006H1D<<6408125M1710319<<<<<<<<<<<<<<<0']);
    expect(german.fields.issuingState).toBe('D');
    expect(warningCodes(german)).toEqual([]);
  });

  it('MRZ_INVALID_DOCUMENT_CODE', () => {
    const r = parse(['P<CZEAB12345671<<<<<<<<<<<<<<<', TD1_LINE2, TD1_LINE3]);
    expect(codes(r)).toEqual(['MRZ_INVALID_DOCUMENT_CODE']);
  });

  it('MRZ_INVALID_FIELD for a malformed Swiss licence number', () => {
    const r = parse(['ABC12XF<<', 'FACHE123456789001<<850601<<<<<', 'MULLER<<HANS<<<<<<<<<<<<<<<<<<']);
    expect(codes(r)).toEqual(['MRZ_INVALID_FIELD']);
  });

  it('MRZ_NAME_TRUNCATED warns when a name fills its field', () => {
    const r = parse(['I<CZEAB12345671<<<<<<<<<<<<<<<', TD1_LINE2, 'NOVAKOVA<<JANA<MARIE<ALZBETA<K']);
    expect(r.valid).toBe(true);
    expect(warningCodes(r)).toEqual(['MRZ_NAME_TRUNCATED']);
  });

  it('MRZ_NO_CHECK_DIGITS and MRZ_EXPIRY_NOT_ENCODED are warnings', () => {
    expect(finding(parse(['ABC123F<<', 'FACHE123456789001<<850601<<<<<', 'MULLER<<HANS<<<<<<<<<<<<<<<<<<']), 'MRZ_NO_CHECK_DIGITS')).toBeDefined();
    expect(finding(parse(['IDFRADUPONT<MARTIN<<<<<<<<<<<<075123', '1503751234564JEAN<<PIERRE<<8002295M7']), 'MRZ_EXPIRY_NOT_ENCODED')).toBeDefined();
  });
});
