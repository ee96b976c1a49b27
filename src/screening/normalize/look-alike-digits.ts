/** Digits that stand for a letter of the same shape inside a written word (Kadyr0v, T1mchenko, 5ergei). */
const LETTER_FOR: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '8': 'b', '7': 't' };
const VOWEL = /[aeiou]/;

/**
 * A word of letters with one or two look-alike digits among them, as the letters meant; other words unchanged.
 * `1` is `i` between consonants (t1mchenko) and `l` elsewhere (nasra11ah). Numbers, codes and ordinals stay.
 */
export function lettersForDigits(word: string): string {
  const digits = word.replace(/[^0-9]/g, '').length;
  const letters = word.length - digits;
  if (digits === 0 || digits > 2 || letters < 3 || /^\d|\d(st|nd|rd|th)$/.test(word) || !/^[a-z][a-z0-9]*$/.test(word)) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === '1') {
      const before = out[i - 1] ?? '';
      const after = word[i + 1] ?? '';
      out += before && after && !VOWEL.test(before) && !/[aeiou1]/.test(after) ? 'i' : 'l';
    } else out += LETTER_FOR[c] ?? c;
  }
  return /[0-9]/.test(out) ? word : out;
}
