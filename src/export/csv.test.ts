import { describe, expect, it } from 'vitest';
import { csvField, EXPORT_COLUMNS, toCsv } from './csv.js';

describe('CSV for the bulk export', () => {
  it('has the 24 columns of the design, in order', () => {
    expect(EXPORT_COLUMNS).toHaveLength(24);
    expect(EXPORT_COLUMNS[0]).toBe('Id');
    expect(EXPORT_COLUMNS[23]).toBe('docNum');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('Smith, John')).toBe('"Smith, John"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csvField('Zoë Ólafsdóttir')).toBe('Zoë Ólafsdóttir');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+447700900123')).toBe(`'+447700900123`);
    expect(csvField('-1')).toBe(`'-1`);
    expect(csvField('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvField('\tcmd')).toBe(`'\tcmd`);
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes a header and CRLF-terminated rows', () => {
    expect(toCsv(['a', 'b'], [{ a: 1, b: 'x,y' }])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
