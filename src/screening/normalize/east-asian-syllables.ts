/**
 * Whether a Latin token reads as romanised Chinese or Korean: a run of pinyin syllables (with the Wade-Giles
 * spellings Hong Kong and Taiwan names use) or of Korean syllables (Revised and McCune-Reischauer spellings).
 * A Latin name made only of such tokens (Jinping Chen, Kim Jong Un) is an East Asian name in Latin letters,
 * so against a name in Chinese characters or Hangul it is compared by its romanisation alone: the loose
 * consonant skeleton that finds Western names written in those scripts (crewson ↔ 克魯森) would otherwise
 * join unrelated Chinese and Korean names, whose syllables share few consonants (jinfeng ~ jinping).
 */
import anyAscii from 'any-ascii';

/** Pinyin as any-ascii writes it, and the Wade-Giles and older spellings of the same sounds. */
const PINYIN_VARIANTS: Array<[RegExp, string]> = [
  [/^x/, 'hs'], [/^x/, 'sh'], [/^q/, 'ch'], [/^zh/, 'ch'], [/^z/, 'ts'], [/^c/, 'ts'], [/^r/, 'j'],
  [/ian$/, 'ien'], [/ong$/, 'ung'], [/^b/, 'p'], [/^d/, 't'], [/^g/, 'k'],
];

const KOREAN_INITIALS = ['', 'g', 'k', 'kk', 'gg', 'n', 'd', 't', 'tt', 'r', 'l', 'm', 'b', 'p', 'pp', 's', 'ss', 'sh', 'j', 'jj', 'ch', 'ts', 'h'];
const KOREAN_VOWELS = [
  'a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i',
  // Older spellings (yoo, lee, choi); those above already give yo for yeo (hyok) and u for eo (jung).
  'oo', 'ee', 'oi', 'yoo',
];
const KOREAN_FINALS = ['', 'k', 'g', 'n', 't', 'd', 'l', 'r', 'm', 'p', 'b', 'ng', 'h'];
/** Surname spellings that follow neither romanisation (박 bak, 안 an, 이 i). */
const KOREAN_SURNAMES = ['park', 'ahn', 'rhee'];

let syllables: Set<string> | undefined;
/** The Chinese spellings alone (pinyin and Wade-Giles), without the Korean ones. */
const chinese = new Set<string>();
/** Length of the longest spelling in the set (hsiung, kkyeong). */
let longest = 0;

/** Every spelling of a Chinese or Korean syllable (pinyin from any-ascii's readings of the CJK block). */
function syllableSet(): Set<string> {
  if (syllables) return syllables;
  const set = new Set<string>();
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const pinyin = anyAscii(String.fromCharCode(c)).toLowerCase();
    // Syllables without a vowel (m, ng, hm) would let almost any word through.
    if (!/^[a-z]+$/.test(pinyin) || !/[aeiouv]/.test(pinyin)) continue;
    set.add(pinyin);
    chinese.add(pinyin);
    for (const [re, to] of PINYIN_VARIANTS) {
      if (!re.test(pinyin)) continue;
      set.add(pinyin.replace(re, to));
      chinese.add(pinyin.replace(re, to));
    }
  }
  for (const i of KOREAN_INITIALS) for (const v of KOREAN_VOWELS) for (const f of KOREAN_FINALS) set.add(i + v + f);
  for (const s of KOREAN_SURNAMES) set.add(s);
  for (const s of set) longest = Math.max(longest, s.length);
  syllables = set;
  return set;
}

/** True when the whole token splits into Chinese or Korean syllable spellings (zhang, jinping, hyok, chol). */
export function isEastAsianSyllables(token: string): boolean {
  if (token.length === 0 || /[^a-z]/.test(token)) return false;
  const set = syllableSet();
  const reachable = new Uint8Array(token.length + 1);
  reachable[0] = 1;
  for (let end = 1; end <= token.length; end++) {
    for (let length = 1; length <= longest && length <= end; length++) {
      if (reachable[end - length] && set.has(token.slice(end - length, end))) {
        reachable[end] = 1;
        break;
      }
    }
  }
  return reachable[token.length] === 1;
}

/**
 * The syllables of a token that reads as romanised Chinese or Korean (only Chinese ones with `chineseOnly`), longest
 * spelling first from the left; undefined when it does not split.
 */
export function splitEastAsianSyllables(token: string, chineseOnly = false): string[] | undefined {
  if (!isEastAsianSyllables(token)) return undefined;
  const set = chineseOnly ? (syllableSet(), chinese) : syllableSet();
  // Longest-first from the left, backing off when the rest cannot be split; a position that cannot be split is remembered.
  const dead = new Uint8Array(token.length + 1);
  const split = (from: number): string[] | undefined => {
    if (from === token.length) return [];
    if (dead[from]) return undefined;
    for (let length = Math.min(longest, token.length - from); length >= 1; length--) {
      const piece = token.slice(from, from + length);
      if (!set.has(piece)) continue;
      const rest = split(from + length);
      if (rest) return [piece, ...rest];
    }
    dead[from] = 1;
    return undefined;
  };
  return split(0);
}

/** Whether a syllable is a pinyin or Wade-Giles spelling of a Chinese syllable. */
export function isChineseSyllable(syllable: string): boolean {
  syllableSet();
  return chinese.has(syllable);
}
