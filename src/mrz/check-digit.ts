// ICAO 9303 part 3 check digits: weights 7-3-1, `<` counts 0, A–Z count 10–35.

const WEIGHTS = [7, 3, 1];

/** The value of one MRZ character, or -1 when it is not in the MRZ character set. */
export function characterValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 65 && code <= 90) return code - 55; // A-Z
  if (code === 60) return 0; // <
  return -1;
}

/** The check digit of `text` as a character ('0'–'9'), or null when `text` holds a character outside [A-Z0-9<]. */
export function checkDigit(text: string): string | null {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const value = characterValue(text.charCodeAt(i));
    if (value < 0) return null;
    sum += value * WEIGHTS[i % 3];
  }
  return String(sum % 10);
}

export function isMrzCharacter(char: string): boolean {
  return char.length === 1 && characterValue(char.charCodeAt(0)) >= 0;
}
