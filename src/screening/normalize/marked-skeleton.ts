/**
 * A consonant skeleton that keeps the sounds other scripts render unreliably as marked letters, so that a
 * weighted comparison (see score/skeleton-similarity.ts) can forgive exactly those differences:
 * - `R`: an r not before a vowel. East Asian renderings of English-based spellings drop it (herschel ↔ heshieer,
 *   ward ↔ wodeu, bartha ↔ basa), as they drop a final -er r.
 * - `W`: w before a vowel. Pinyin and Hangul write v as w or drop the glide (velde ↔ weierde, ordway ↔ odeuwei).
 * - `J`: j and the ch/sh/zh sounds, which are close to s (shimon ↔ simon).
 * - `T`: th, which is t in some scripts and s in others (bartha ↔ basa, stith ↔ shidisi).
 * - `G`: a Latin g, which other scripts write as their j where it is soft or where they have no g of their own
 *   (georg ↔ جورج jwrj, gabor ↔ 嘉寶 jiabao).
 * - `Q`: the g of an ng that ends a syllable, which Chinese and Korean add or drop freely (randon ↔ 朗东
 *   langdong, melling ↔ 梅林 meilin). Only Latin names and those from Chinese characters or Hangul get it.
 * - `H`: the kh of a transliterated name, the one letter (х, خ, כ) other scripts use for a Latin h, ch or kh
 *   (huddle ↔ хаддл khaddl, reichenau ↔ райхенау raykhenau).
 * Other letters fall in the classes of skeletonKey: p t k s m n r.
 */
import type { Script } from './fold-text.js';
import { rewriteForKeys } from './phonetic-key.js';

const CLASS: Record<string, string> = {
  b: 'p', p: 'p', f: 'p', v: 'p',
  d: 't', t: 't',
  g: 'k', k: 'k', q: 'k', c: 'k',
  s: 's', z: 's',
  j: 'J', x: 'J',
  l: 'r', r: 'r',
  m: 'm', n: 'n',
};
const VOWEL = /[aeiouy]/;

/** Where the g of a syllable-final ng is marked: Latin spelling, and the scripts whose romanisation writes ng. */
function marksFinalNg(script: Script): boolean {
  return script === 'latin' || script === 'han' || script === 'hangul';
}

export function markedSkeleton(token: string, script: Script = 'latin'): string {
  if (/[0-9]/.test(token)) return token;
  // th and kh are marked before the shared rewrites turn them into t and k.
  let marked = token.replace(/th/g, 'T');
  if (script !== 'latin') marked = marked.replace(/kh/g, 'H');
  const s = rewriteForKeys(marked);
  const finalNg = marksFinalNg(script);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const next = s[i + 1] ?? '';
    let c: string | undefined;
    if (ch === 'T' || ch === 'H') c = ch;
    else if (ch === 'w') c = VOWEL.test(next) ? 'W' : undefined;
    else if (ch === 'r' && !VOWEL.test(next) && i > 0) c = 'R';
    else if (ch === 'g' && finalNg && s[i - 1] === 'n' && (script !== 'latin' || !VOWEL.test(next))) c = 'Q';
    else if (ch === 'g' && script === 'latin') c = 'G';
    else c = CLASS[ch];
    if (c !== undefined && c !== out[out.length - 1] && !(c === 'R' && out[out.length - 1] === 'r')) out += c;
  }
  return out;
}
