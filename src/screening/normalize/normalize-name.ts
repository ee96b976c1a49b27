import type { ListEntityType } from '../types.js';
import { editSimilarity } from '../score/string-similarity.js';
import { foldText, type Script } from './fold-text.js';
import { dropLegalFormPhrases } from './legal-form-phrases.js';
import { lettersForDigits } from './look-alike-digits.js';
import { GENERATIONAL, GENERIC_ORG_WORDS, HONORIFICS, LEGAL_FORMS, PARTICLES } from './name-words.js';
import { numbersToDigits } from './number-words.js';

const LONG_LEGAL_FORMS = [...LEGAL_FORMS].filter((w) => w.length >= 7);

/** A legal form or a misspelling of a long one (compnay, limtied, corporaton). */
function isLegalForm(word: string): boolean {
  if (LEGAL_FORMS.has(word)) return true;
  if (word.length < 6) return false;
  for (const form of LONG_LEGAL_FORMS) if (form[0] === word[0] && editSimilarity(form, word) >= 0.88) return true;
  return false;
}

/** `word`: a name part; `initial`: one letter standing for a name part; `soft`: a title, particle or generic word. */
export type TokenKind = 'word' | 'initial' | 'soft';

export interface NameToken {
  text: string;
  kind: TokenKind;
}

export interface NormalizedName {
  /** In reading order, "LAST, First" turned into "First LAST". */
  tokens: NameToken[];
  /** `latin`, or the non-Latin script the name was written in (and transliterated from). */
  script: Script;
}

// "S.A." → "SA.", "U.S.A." → "USA.": dotted abbreviations are one word, while "J. Smith" keeps its initial.
const DOTTED_ABBREVIATION = /(?<=(?:^|[^\p{L}])\p{L})\.(?=\p{L}(?:[^\p{L}]|$))/gu;

function reorderLastFirst(raw: string): string {
  const parts = raw.split(',');
  if (parts.length !== 2) return raw;
  const [last, first] = parts.map((p) => p.trim());
  if (!last || !first) return raw;
  const firstWords = foldText(first).text.split(' ');
  if (firstWords.some((w) => LEGAL_FORMS.has(w))) return raw;
  return `${first} ${last}`;
}

/**
 * Splits a name into classified tokens: folded to ASCII (see foldText), "LAST, First" reordered for persons,
 * company legal forms (ltd, llc, gmbh, oao, s.a. …, and written out: Aktiengesellschaft) dropped and numbers in
 * words or ordinals turned into digits (Seven Thirty-One → 731) in non-person names, look-alike digits inside
 * words read as letters (Kadyr0v), titles, honorifics,
 * particles and generic organisation words kept as `soft` tokens, single letters as initials.
 */
export function normalizeName(raw: string, type?: ListEntityType): NormalizedName {
  const isPerson = type === 'person';
  let text = raw.replace(DOTTED_ABBREVIATION, '');
  if (type === undefined || type === 'person' || type === 'unknown') text = reorderLastFirst(text);
  const folded = foldText(text);
  let words = folded.text === '' ? [] : folded.text.split(' ');
  if (!isPerson) words = dropLegalFormPhrases(words);
  // Numbers in words only where the name is known not to be a person's (Paul Two is a person, Unit Two a unit).
  if (type === 'organization' || type === 'vessel' || type === 'aircraft') words = numbersToDigits(words);
  if (type !== 'vessel' && type !== 'aircraft') words = words.map(lettersForDigits);
  let tokens: NameToken[] = [];
  for (const w of words) {
    if (!isPerson && isLegalForm(w)) continue;
    let kind: TokenKind = 'word';
    if (w.length === 1 && w >= 'a') kind = 'initial';
    else if (HONORIFICS.has(w) || GENERATIONAL.has(w) || PARTICLES.has(w)) kind = 'soft';
    else if (!isPerson && GENERIC_ORG_WORDS.has(w)) kind = 'soft';
    tokens.push({ text: w, kind });
  }
  if (tokens.length === 0 && words.length > 0) tokens = words.map((w) => ({ text: w, kind: 'word' }));
  if (!tokens.some((t) => t.kind === 'word')) tokens = tokens.map((t) => ({ text: t.text, kind: t.text.length === 1 ? t.kind : 'word' }));
  return { tokens, script: folded.script };
}
