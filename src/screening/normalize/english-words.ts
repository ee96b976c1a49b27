import { words as popular } from 'popular-english-words/words.js';

/** How many of the most used English words count as "a word" (rarer ones are likelier typos than names). */
const COMMON_WORDS = 50_000;
let common: Set<string> | undefined;

/**
 * Whether `word` (folded, lower case) is one of the 50,000 most used English words (popular-english-words).
 * Loaded on first use. It tells a company's distinguishing word that differs (steel, steam) from a typo (rosnaft).
 */
export function isEnglishWord(word: string): boolean {
  common ??= new Set((popular as string[]).slice(0, COMMON_WORDS));
  return common.has(word);
}
