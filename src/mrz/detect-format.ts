import type { MrzFormat } from './types.js';

/** How many characters a line may be off and still point to a layout (the length error is then reported). */
const LENGTH_TOLERANCE = 2;

function near(length: number, expected: number): boolean {
  return Math.abs(length - expected) <= LENGTH_TOLERANCE;
}

/**
 * Names the layout from the line lengths and the document code. A wrong number of lines or a line a few
 * characters off still names the layout it resembles, so that the error can say what is wrong.
 */
export function detectFormat(lines: readonly string[]): MrzFormat {
  const first = lines[0] ?? '';
  if (lines.length === 3 && near(first.length, 9)) return 'SWISS_DRIVING_LICENCE';
  if (lines.length === 1 && near(first.length, 30) && /^[ABD][0-9]/.test(first)) return 'FRENCH_DRIVING_LICENCE';
  const all = (length: number) => lines.every((line) => near(line.length, length));
  if (all(30)) return 'TD1';
  if (all(36)) {
    if (first.startsWith('V')) return 'MRV-B';
    if (first.startsWith('IDFRA')) return 'FRENCH_ID';
    return 'TD2';
  }
  if (all(44)) return first.startsWith('V') ? 'MRV-A' : 'TD3';
  return 'UNKNOWN';
}
