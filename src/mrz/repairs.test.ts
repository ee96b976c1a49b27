import { describe, expect, it } from 'vitest';
import { parseMrz } from './parse-mrz.js';

const referenceDate = new Date('2026-01-01T00:00:00Z');

describe('OCR repairs', () => {
  it('suggests I→1 in a document number and names the checks it fixes, without applying it', () => {
    const r = parseMrz(['P<ESPGARCIA<LOPEZ<<MARIA<<<<<<<<<<<<<<<<<<<<', 'XDAI234565ESP7505216F300520212345678Z<<<<<38'], { referenceDate });
    expect(r.valid).toBe(false);
    expect(r.fields.documentNumber).toBe('XDAI23456');
    const mismatch = r.errors.find((e) => e.field === 'documentNumber');
    expect(mismatch?.repairs).toEqual([{ line: 2, position: 3, from: 'I', to: '1', field: 'documentNumber', fixes: ['documentNumber', 'composite'] }]);
  });

  it('suggests O→0 in a date and S→5 in a check digit', () => {
    const date = parseMrz(['I<CZEAB12345671<<<<<<<<<<<<<<<', '9OO2155F3201015CZE<<<<<<<<<<<8', 'NOVAKOVA<<JANA<<<<<<<<<<<<<<<<'], { referenceDate });
    expect(date.errors.map((e) => e.code)).toContain('MRZ_INVALID_DATE');
    const check = parseMrz(['I<CZEAB1234567I<<<<<<<<<<<<<<<', '900215SF3201015CZE<<<<<<<<<<<8', 'NOVAKOVA<<JANA<<<<<<<<<<<<<<<<'], { referenceDate });
    const birth = check.errors.find((e) => e.field === 'birthDate');
    expect(birth?.repairs).toEqual([{ line: 2, position: 6, from: 'S', to: '5', field: 'birthDate', fixes: ['birthDate'] }]);
    const doc = check.errors.find((e) => e.field === 'documentNumber');
    expect(doc?.repairs?.[0]).toMatchObject({ position: 14, from: 'I', to: '1' });
  });

  it('offers no repair that would break another check', () => {
    const r = parseMrz(['P<IRLOBRIEN<<SIOBHAN<<<<<<<<<<<<<<<<<<<<<<<<', 'PX12345672IRL0203100F3103094<<<<<<<<<<<<<<09'], { referenceDate });
    const composite = r.errors.find((e) => e.field === 'composite');
    expect(composite).toBeDefined();
    expect(composite?.repairs).toBeUndefined();
  });
});
