import type { Script } from '../normalize/fold-text.js';
import type { NameToken, TokenKind } from '../normalize/normalize-name.js';
import { isEastAsianSyllables } from '../normalize/east-asian-syllables.js';
import { markedSkeleton } from '../normalize/marked-skeleton.js';
import { phoneticKey, skeletonKey } from '../normalize/phonetic-key.js';

/** A name token with the keys the scorer compares (computed once per distinct token). */
export interface TokenInfo {
  text: string;
  kind: TokenKind;
  phonetic: string;
  skeleton: string;
  /** Consonant skeleton with the sounds scripts render unreliably marked (see markedSkeleton). */
  marked: string;
  /** Without a glued Arabic article (alotaibi → otaibi); equal to `text` otherwise. */
  stem: string;
  /** Transliterated from a non-Latin script. */
  nonLatin: boolean;
  /** The script the token was written in. */
  script: Script;
  /** A Latin word that splits into Chinese or Korean syllables (see isEastAsianSyllables). */
  eastAsianSyllables: boolean;
  /** Contains a digit (vessel and aircraft numbers are compared exactly). */
  hasDigit: boolean;
}

const GLUED_ARTICLE = /^(al|el|ul)(?=[a-z]{4})/;

export function tokenInfo(token: NameToken, script: Script): TokenInfo {
  const text = token.text;
  return {
    text,
    kind: token.kind,
    phonetic: phoneticKey(text),
    skeleton: skeletonKey(text),
    marked: markedSkeleton(text, script),
    stem: text.replace(GLUED_ARTICLE, ''),
    nonLatin: script !== 'latin',
    script,
    eastAsianSyllables: script === 'latin' && token.kind === 'word' && isEastAsianSyllables(text),
    hasDigit: /[0-9]/.test(text),
  };
}
