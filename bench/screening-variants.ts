/** Variants of list names as a customer record might spell them, for measuring recall. */
import { seededRandom } from './screening-data.js';

export type VariantKind = 'typo' | 'dropMiddle' | 'swapOrder' | 'diacritics' | 'initial';
export const VARIANT_KINDS: VariantKind[] = ['typo', 'dropMiddle', 'swapOrder', 'diacritics', 'initial'];

/** "LAST, First Middle" → "First Middle LAST"; other names as written. */
export function readingOrder(name: string): string {
  const parts = name.split(',');
  return parts.length === 2 && parts[0].trim() && parts[1].trim() ? `${parts[1].trim()} ${parts[0].trim()}` : name.trim();
}

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', n: 'ñ', c: 'ç', s: 'š', z: 'ž' };
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A variant of the given kind, or undefined when the name does not allow it (no middle name to drop, …).
 * Middle names are dropped and given names shortened to initials only in names of persons.
 */
export function makeVariant(name: string, kind: VariantKind, random: () => number, person = true): string | undefined {
  const words = readingOrder(name).split(/\s+/).filter(Boolean);
  const pick = (n: number) => Math.floor(random() * n);
  switch (kind) {
    case 'typo': {
      const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{4,}$/u.test(w));
      if (long.length === 0) return undefined;
      const [w, i] = long[pick(long.length)];
      const p = 1 + pick(w.length - 1);
      const letter = LETTERS[pick(26)];
      const edit = pick(4);
      const typo =
        edit === 0 ? w.slice(0, p) + letter + w.slice(p + 1)
        : edit === 1 ? w.slice(0, p) + w.slice(p + 1)
        : edit === 2 ? w.slice(0, p) + letter + w.slice(p)
        : w.slice(0, p - 1) + w[p] + w[p - 1] + w.slice(p + 1);
      return [...words.slice(0, i), typo, ...words.slice(i + 1)].join(' ');
    }
    case 'dropMiddle': {
      if (!person || words.length < 3) return undefined;
      const middle = 1 + pick(words.length - 2);
      return words.filter((_, i) => i !== middle).join(' ');
    }
    case 'swapOrder':
      if (words.length < 2) return undefined;
      return [...words.slice(1), words[0]].join(' ');
    case 'diacritics': {
      let changed = false;
      const out = words
        .join(' ')
        .split('')
        .map((ch) => {
          const lower = ch.toLowerCase();
          if (ACCENTS[lower] && random() < 0.5) {
            changed = true;
            return ch === lower ? ACCENTS[lower] : ACCENTS[lower].toUpperCase();
          }
          return ch;
        })
        .join('');
      return changed ? out : undefined;
    }
    case 'initial': {
      if (!person || words.length < 2 || !/^\p{L}{2,}$/u.test(words[0])) return undefined;
      return [`${words[0][0]}.`, ...words.slice(1)].join(' ');
    }
  }
}

export function variantRandom(seed = 20260301): () => number {
  return seededRandom(seed);
}
