import { createRequire } from 'node:module';

let words: Set<string> | undefined;

/**
 * Whether `word` (folded, lower case) is an English dictionary word (an-array-of-english-words, about 275,000).
 * Loaded on first use. It tells a company's distinguishing word that differs (steel, steam) from a typo (rosnaft).
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return words.has(word);
}
