import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithSharedData } from './helpers/shared-data.js';
import { parseMrz } from '../src/mrz/index.js';
import type { MrzFields } from '../src/mrz/index.js';

interface DevCase {
  id: string;
  format: string;
  lines: string[];
  valid: boolean;
  expected: Record<string, string | null>;
}

/** The data set's names for fields and formats, mapped to idflow's. */
const FIELD_NAMES: Record<string, keyof MrzFields> = { optional: 'optionalData1', optional1: 'optionalData1', optional2: 'optionalData2' };
const FORMAT_NAMES: Record<string, string> = { FRENCH_CNI_1988: 'FRENCH_ID' };

describeWithSharedData('MRZ dev cases (shared/data/mrz/cases.dev.json)', 'mrz/cases.dev.json', (casesFile) => {
  const cases: DevCase[] = JSON.parse(readFileSync(casesFile, 'utf8'));
  const referenceDate = new Date('2026-01-01T00:00:00Z');

  it('has the 67 cases', () => {
    expect(cases).toHaveLength(67);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = parseMrz(c.lines, { referenceDate });
    expect(result.valid, JSON.stringify(result.errors)).toBe(c.valid);
    expect(result.format).toBe(FORMAT_NAMES[c.format] ?? c.format);
    const actual: Record<string, unknown> = {};
    for (const key of Object.keys(c.expected)) actual[key] = result.fields[FIELD_NAMES[key] ?? (key as keyof MrzFields)];
    expect(actual).toEqual(c.expected);
  });
});
