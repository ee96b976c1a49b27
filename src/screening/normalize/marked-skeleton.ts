/**
 * A consonant skeleton that keeps the sounds other scripts render unreliably as marked letters, so that a
 * weighted comparison (see score/skeleton-similarity.ts) can forgive exactly those differences:
 * - `R`: an r not before a vowel. East Asian renderings of English-based spellings drop it (herschel ↔ heshieer,
 *   ward ↔ wodeu, bartha ↔ basa), as they drop a final -er r.
 * - `W`: w before a vowel. Pinyin and Hangul write v as w or drop the glide (velde ↔ weierde, ordway ↔ odeuwei).
 * - `J`: j and the ch/sh/zh sounds, which are close to s (shimon ↔ simon).
 * - `T`: th, which is t in some scripts and s in others (bartha ↔ basa, stith ↔ shidisi).
 * Other letters fall in the classes of skeletonKey: p t k s m n r.
 */
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

export function markedSkeleton(token: string): string {
  if (/[0-9]/.test(token)) return token;
  // th is marked before the shared rewrites turn it into t.
  const s = rewriteForKeys(token.replace(/th/g, 'T'));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const next = s[i + 1] ?? '';
    let c: string | undefined;
    if (ch === 'T') c = 'T';
    else if (ch === 'w') c = VOWEL.test(next) ? 'W' : undefined;
    else if (ch === 'r' && !VOWEL.test(next) && i > 0) c = 'R';
    else c = CLASS[ch];
    if (c !== undefined && c !== out[out.length - 1] && !(c === 'R' && out[out.length - 1] === 'r')) out += c;
  }
  return out;
}
