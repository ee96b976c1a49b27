/** Decodes list file bytes: UTF-8 (without BOM) when valid, otherwise Windows-1252/Latin-1 as older exports use. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Trims a field and turns the empty markers lists use (OFAC `-0-`) into undefined. */
export function clean(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const v = value.replace(/\s+/g, ' ').trim();
  return v === '' || v === '-0-' ? undefined : v;
}

/** Splits a `;`-separated cell into its trimmed non-empty parts. */
export function splitList(value: string | undefined, separator: string | RegExp = ';'): string[] {
  if (!value) return [];
  return value
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Appends `value` when it is not already there. */
export function pushUnique<T>(into: T[], value: T | undefined): void {
  if (value !== undefined && !into.includes(value)) into.push(value);
}
