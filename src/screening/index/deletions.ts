/** Tokens shorter than this are found only by exact or phonetic lookup (one edit makes another short name). */
export const MIN_FUZZY_LENGTH = 4;

/** Every string obtained by deleting one character (distinct). */
export function deletions(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i++) {
    if (i > 0 && token[i] === token[i - 1]) continue;
    out.push(token.slice(0, i) + token.slice(i + 1));
  }
  return out;
}
