import anyAscii from 'any-ascii';

/**
 * The writing system a name was transliterated from. It decides which sound shifts a cross-script comparison
 * forgives (see score/skeleton-similarity.ts): Chinese characters write ki as ji or qi, Arabic writes g as j.
 */
export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'other';

export interface FoldedText {
  /** Lowercase ASCII letters and digits, words separated by single spaces. */
  text: string;
  /** True when the input had letters outside the Latin script (the ASCII form is a transliteration). */
  nonLatin: boolean;
  /** `latin`, or the script of the first non-Latin letter (kana wherever the name has any: Japanese mixes it with kanji). */
  script: Script;
}

const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SCRIPTS: Array<[RegExp, Script]> = [
  [/\p{Script=Cyrillic}/u, 'cyrillic'],
  [/\p{Script=Greek}/u, 'greek'],
  [/\p{Script=Arabic}/u, 'arabic'],
  [/\p{Script=Hebrew}/u, 'hebrew'],
  [/\p{Script=Hangul}/u, 'hangul'],
  [/\p{Script=Han}/u, 'han'],
];

function scriptOf(letter: string, text: string): Script {
  if (KANA.test(text)) return 'kana';
  for (const [re, script] of SCRIPTS) if (re.test(letter)) return script;
  return 'other';
}
// Japanese small tsu (gemination) and the long-vowel mark have no letters of their own in a romanised name.
const KANA_MARKS = /[ッっー]/g;
// Hebrew vav is the consonant v at the start of a word or doubled, elsewhere mostly the vowel o or u.
const HEBREW_VAV_CONSONANT = /(?<![\p{Script=Hebrew}'׳])ו|וו/gu;
const HEBREW_VAV_VOWEL = /ו/g;
// A geresh after a Hebrew letter writes a sound Hebrew lacks: ג׳ j (giovanini), צ׳ ch (charlton), ז׳ zh, ת׳ th.
const HEBREW_GERESH: Array<[RegExp, string]> = [[/ג['׳]/g, 'j'], [/[צץ]['׳]/g, 'ch'], [/ז['׳]/g, 'zh'], [/ת['׳]/g, 'th']];
// Pinyin q and x are the sounds written ch and sh in Latin names (any-ascii romanises Han as pinyin).
const HAN_RUN = /\p{Script=Han}+/gu;
const pinyinToLatin = (run: string) => ` ${anyAscii(run).toLowerCase().replace(/q/g, 'ch').replace(/x/g, 'sh')} `;

/**
 * Folds any text to comparable ASCII: Unicode NFKC, transliteration of every script (any-ascii, which also
 * strips diacritics: Leão → leao, Müller → muller), lowercase; apostrophes vanish (O'Brien → obrien) and every
 * other punctuation mark separates words.
 */
export function foldText(raw: string): FoldedText {
  let s = raw.normalize('NFKC');
  const firstNonLatin = NON_LATIN_LETTER.exec(s);
  const nonLatin = firstNonLatin !== null;
  const script = firstNonLatin ? scriptOf(firstNonLatin[0], s) : 'latin';
  if (nonLatin) {
    s = s.replace(KANA_MARKS, '').replace(HEBREW_VAV_CONSONANT, 'v').replace(HEBREW_VAV_VOWEL, 'o').replace(HAN_RUN, pinyinToLatin);
    if (script === 'hebrew') for (const [re, to] of HEBREW_GERESH) s = s.replace(re, to);
  }
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = anyAscii(s);
  s = s.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return { text: s, nonLatin, script };
}
