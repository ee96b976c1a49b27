import { isEnglishWord } from '../normalize/english-words.js';
import { HONORIFICS } from '../normalize/name-words.js';
import { isGivenName } from '../normalize/nicknames.js';
import type { TokenInfo } from './token-info.js';

/**
 * Slavic surname endings by family: a shared stem with endings of two families names two families
 * (Shevchenko ≠ Shevchuk, Petrenko ≠ Petrov), not one name spelt two ways.
 */
const ENDING_FAMILIES: Array<[RegExp, string]> = [
  [/enko$/, 'enko'],
  [/(t?chuk|chyk|[iy]?uk)$/, 'uk'],
  [/(ov|ova|ev|eva|off|ow)$/, 'ov'],
  [/(in|ina|yn|yna)$/, 'in'],
  [/(ovich|evich|ich|ych)$/, 'ich'],
  [/([iy]k)$/, 'ik'],
];
/** The most a pair with different surname-ending families scores (below the token match floor). */
export const OTHER_ENDING_SIMILARITY = 0.6;

function endingFamily(text: string): string | undefined {
  for (const [re, family] of ENDING_FAMILIES) if (re.test(text)) return family;
  return undefined;
}

/** Whether two Latin name parts share a stem but end in two different Slavic surname families. */
export function differentSurnameEndings(a: TokenInfo, b: TokenInfo): boolean {
  if (a.nonLatin || b.nonLatin || a.text.length < 5 || b.text.length < 5 || a.text.slice(0, 4) !== b.text.slice(0, 4)) return false;
  const fa = endingFamily(a.text);
  const fb = endingFamily(b.text);
  return fa !== undefined && fb !== undefined && fa !== fb;
}

/** How much less a spelling-only likeness of two words of a company name counts: Steel ≠ Steam, Mining ≠ Minting. */
const ORGANIZATION_SPELLING_PENALTY = 0.3;

/**
 * The similarity of two words of organisation names: two different dictionary words a letter or two apart are
 * two words (the business's distinguishing word: Steel, Steam; Mining, Minting), not a typo of one; a misspelt
 * word (Rosnaft) is not a dictionary word and keeps its similarity.
 */
export function organizationWordSimilarity(a: TokenInfo, b: TokenInfo, similarity: number): number {
  if (similarity >= 1 || similarity <= 0 || a.kind !== 'word' || b.kind !== 'word' || a.nonLatin || b.nonLatin) return similarity;
  if (!isEnglishWord(a.text) || !isEnglishWord(b.text) || isPluralOf(a.text, b.text) || isPluralOf(b.text, a.text)) return similarity;
  return Math.max(0, similarity - ORGANIZATION_SPELLING_PENALTY);
}

function isPluralOf(plural: string, singular: string): boolean {
  return plural === `${singular}s` || plural === `${singular}es` || (singular.endsWith('y') && plural === `${singular.slice(0, -1)}ies`);
}

/** The most two names of common given names in swapped order score: a review, never a strong match. */
export const GIVEN_NAME_SWAP_CAP = 0.88;

/**
 * Whether two names are the same given names in another order (Thomas Paul / Paul Thomas): every word of both
 * is a common given name and two matched pairs cross. Such a swap is weak evidence of one person.
 */
export function isGivenNameSwap(query: readonly TokenInfo[], name: readonly TokenInfo[], pairs: ReadonlyArray<{ query: number; name: number; score: number }>): boolean {
  const words = (tokens: readonly TokenInfo[]) => tokens.filter((t) => t.kind === 'word');
  const qw = words(query);
  const nw = words(name);
  if (qw.length < 2 || nw.length < 2 || !qw.every((t) => isGivenName(t.text)) || !nw.every((t) => isGivenName(t.text))) return false;
  const matched = pairs.filter((p) => query[p.query]?.kind === 'word' && name[p.name]?.kind === 'word');
  for (const x of matched) for (const y of matched) if (x.query < y.query && x.name > y.name) return true;
  return false;
}

/** The score of a title with a family name against a full name ending in it (General Haftar ~ Khalifa Haftar): a review. */
export const TITLE_FOR_GIVEN_NAME_SCORE = 0.84;

/**
 * Whether one name is a title and one name part (General Haftar) and the other a full name of two or more parts
 * whose last part that one matched: a title or role written in place of the given name.
 */
export function isTitleForGivenName(
  query: readonly TokenInfo[],
  name: readonly TokenInfo[],
  pairs: ReadonlyArray<{ query: number; name: number; score: number; query2?: number; name2?: number }>,
): boolean {
  const check = (short: readonly TokenInfo[], full: readonly TokenInfo[], shortIsQuery: boolean) => {
    const words = short.filter((t) => t.kind === 'word');
    if (words.length !== 1 || !short.some((t) => HONORIFICS.has(t.text))) return false;
    const fullWords = full.map((t, i) => (t.kind === 'word' ? i : -1)).filter((i) => i >= 0);
    if (fullWords.length < 2) return false;
    const last = fullWords[fullWords.length - 1];
    return pairs.some((p) => p.score >= 0.9 && p.query2 === undefined && p.name2 === undefined && (shortIsQuery ? short[p.query] === words[0] && p.name === last : short[p.name] === words[0] && p.query === last));
  };
  return check(query, name, true) || check(name, query, false);
}

/** The score of an acronym against the organisation name it abbreviates (IRGC ~ Islamic Revolutionary Guard Corps): a review. */
export const ACRONYM_SCORE = 0.86;
const ACRONYM_STOPWORDS = new Set(['of', 'the', 'and', 'in', 'for', 'de', 'la', 'del', 'des', 'du']);

/** The initials an organisation name may be abbreviated to: of every part, of its words, of all but small words. */
function acronyms(tokens: readonly TokenInfo[]): string[] {
  const initials = (ts: readonly TokenInfo[]) => ts.map((t) => t.text[0]).join('');
  return [initials(tokens), initials(tokens.filter((t) => t.kind === 'word')), initials(tokens.filter((t) => !ACRONYM_STOPWORDS.has(t.text)))];
}

/** Whether one name is a single word of 2 to 6 letters that the initials of the other (of 2 or more parts) spell. */
export function isAcronymOf(a: readonly TokenInfo[], b: readonly TokenInfo[]): boolean {
  const check = (short: readonly TokenInfo[], long: readonly TokenInfo[]) =>
    short.length === 1 && long.length >= 2 && /^[a-z]{2,6}$/.test(short[0]!.text) && acronyms(long).includes(short[0]!.text);
  return check(a, b) || check(b, a);
}
