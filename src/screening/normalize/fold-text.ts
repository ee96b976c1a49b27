import anyAscii from 'any-ascii';

export interface FoldedText {
  /** Lowercase ASCII letters and digits, words separated by single spaces. */
  text: string;
  /** True when the input had letters outside the Latin script (the ASCII form is a transliteration). */
  nonLatin: boolean;
}

const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
// Japanese small tsu (gemination) and the long-vowel mark have no letters of their own in a romanised name.
const KANA_MARKS = /[ッっー]/g;
// Hebrew vav is the consonant v at the start of a word or doubled, elsewhere mostly the vowel o or u.
const HEBREW_VAV_CONSONANT = /(?<![\p{Script=Hebrew}])ו|וו/gu;
const HEBREW_VAV_VOWEL = /ו/g;
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
  const nonLatin = NON_LATIN_LETTER.test(s);
  if (nonLatin) {
    s = s.replace(KANA_MARKS, '').replace(HEBREW_VAV_CONSONANT, 'v').replace(HEBREW_VAV_VOWEL, 'o').replace(HAN_RUN, pinyinToLatin);
  }
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = anyAscii(s);
  s = s.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return { text: s, nonLatin };
}
