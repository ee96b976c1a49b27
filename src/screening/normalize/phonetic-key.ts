/**
 * Phonetic keys for folded tokens (a-z, 0-9). Two strengths:
 * - `phoneticKey`: consonants by sound, every vowel run as "a" (Muhammad, Mohammed, Mohamed → mahamat;
 *   Usama, Osama → asama). Two tokens with one key are spellings of one name.
 * - `skeletonKey`: only consonant classes (p t k s m n r), no vowels or glides. It survives the loss of a
 *   round trip through another script (crewson ↔ 克魯森 kelusen → krsn; bramlett ↔ ブラムレット buramuretto →
 *   prmrt) and is used only across scripts.
 */

const REWRITES: Array<[RegExp, string]> = [
  [/^(kn|gn|pn)/, 'n'],
  [/^wr/, 'r'],
  [/^ps/, 's'],
  [/^x/, 's'],
  [/(?<=.)x/g, 'ks'],
  [/^w(?=[^aeiouy])/, 'f'],
  [/dzh|dj|dg/g, 'j'],
  [/sch|tch|tsh|ch|sh|zh/g, 'x'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/ck/g, 'k'],
  [/tz|ts/g, 's'],
  [/c(?=[eiy])/g, 's'],
  [/[cq]/g, 'k'],
  [/z/g, 's'],
  [/v/g, 'f'],
];

/** The spelling rewrites shared by every key (sch/ch/sh → x, ph → f, th → t, c → k or s, z → s, v → f …). */
export function rewriteForKeys(token: string): string {
  let s = token;
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  return s;
}

function collapse(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (s[i] !== s[i - 1]) out += s[i];
  return out;
}

export function phoneticKey(token: string): string {
  if (/[0-9]/.test(token)) return token;
  const s = rewriteForKeys(token)
    .replace(/^y(?=[aeiou])/, 'j')
    .replace(/[aeiouyw]+/g, 'a');
  return collapse(s);
}

const SKELETON_CLASS: Record<string, string> = {
  b: 'p', p: 'p', f: 'p', v: 'p',
  d: 't', t: 't',
  g: 'k', k: 'k', q: 'k', c: 'k',
  s: 's', z: 's', x: 's', j: 's',
  l: 'r', r: 'r',
  m: 'm', n: 'n',
};

export function skeletonKey(token: string): string {
  if (/[0-9]/.test(token)) return token;
  const s = rewriteForKeys(token);
  let out = '';
  for (const ch of s) {
    const c = SKELETON_CLASS[ch];
    if (c !== undefined && c !== out[out.length - 1]) out += c;
  }
  return out;
}
