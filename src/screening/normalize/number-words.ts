/**
 * Numbers written as words or ordinals become digits, so that `Unit 731` = `Unit Seven Thirty-One` and `2nd` =
 * `Second`. Spoken numbers are read as people say unit and regiment numbers: `seven thirty one` 731, `one oh
 * one` 101, `three hundred and thirteen` 313.
 */
const UNITS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};
const DIGIT_ORDINAL = /^(\d+)(st|nd|rd|th)$/;

const isNumberWord = (w: string) => w in UNITS || w in TENS || w === 'hundred' || w === 'thousand' || w === 'and';

/** The digits a run of number words says; undefined when the run is not a number (a lone "and"). */
function readRun(run: readonly string[]): string | undefined {
  const words = run.filter((w) => w !== 'and');
  if (words.length === 0) return undefined;
  if (words.includes('hundred') || words.includes('thousand')) {
    let total = 0;
    let current = 0;
    for (const w of words) {
      if (w === 'hundred') current = (current || 1) * 100;
      else if (w === 'thousand') {
        total += (current || 1) * 1000;
        current = 0;
      } else current += UNITS[w] ?? TENS[w] ?? 0;
    }
    return String(total + current);
  }
  // Without hundred: each tens word takes a following unit (thirty one → 31); the groups are read one after another.
  let digits = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w in TENS) {
      const next = words[i + 1];
      const unit = next !== undefined && next in UNITS && UNITS[next]! < 10 && UNITS[next]! > 0 ? UNITS[next]! : 0;
      if (unit) i++;
      digits += String(TENS[w]! + unit);
    } else digits += String(UNITS[w]);
  }
  return digits;
}

/** Replaces runs of number words and ordinals (words or 2nd/3rd) by their digits; other words pass unchanged. */
export function numbersToDigits(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    const ordinal = DIGIT_ORDINAL.exec(w);
    if (ordinal) {
      out.push(String(Number(ordinal[1])));
      i++;
      continue;
    }
    if (w in ORDINALS) {
      out.push(String(ORDINALS[w]));
      i++;
      continue;
    }
    if (w !== 'and' && isNumberWord(w)) {
      let j = i;
      while (j < words.length && isNumberWord(words[j]!)) j++;
      // A trailing "and" belongs to the words after the number.
      while (j > i && words[j - 1] === 'and') j--;
      const digits = readRun(words.slice(i, j));
      if (digits !== undefined) {
        out.push(digits);
        i = j;
        continue;
      }
    }
    out.push(w);
    i++;
  }
  return out;
}
