import { describe, expect, it } from 'vitest';
import { cleanValue, emptyFields, splitName } from './fields.js';

describe('field values', () => {
  it('removes trailing fillers and turns inner fillers into spaces', () => {
    expect(cleanValue('L898902C<')).toBe('L898902C');
    expect(cleanValue('D<<')).toBe('D');
    expect(cleanValue('<BAD<<<<<')).toBe(' BAD');
    expect(cleanValue('010195<112X<<<<')).toBe('010195 112X');
    expect(cleanValue('<<<<')).toBe('');
  });

  it('splits names at the first double filler, keeping every other filler as one space', () => {
    expect(splitName('ERIKSSON<<ANNA<MARIA<<<<<')).toEqual({ lastName: 'ERIKSSON', firstName: 'ANNA MARIA' });
    expect(splitName('<<ANNA<MARIA<<<')).toEqual({ lastName: '', firstName: 'ANNA MARIA' });
    expect(splitName('MEGAN<ELLA<RUTH')).toEqual({ lastName: 'MEGAN ELLA RUTH', firstName: '' });
    expect(splitName('<SPECIMEN1<<SPECIMEN2<<BAD<<')).toEqual({ lastName: ' SPECIMEN1', firstName: 'SPECIMEN2  BAD' });
  });

  it('starts with every field absent', () => {
    expect(Object.values(emptyFields()).every((v) => v === null)).toBe(true);
  });
});
