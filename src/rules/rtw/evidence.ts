import type { RtwDocument } from './evidence-schema.js';

/** A document is current when it expires on or after the check date; without an expiry date, when it says so. */
export function isCurrent(doc: RtwDocument, checkDate: string): boolean {
  if (doc.expiryDate) return doc.expiryDate >= checkDate;
  return doc.current === true;
}

/** Index of every document of the given types, in presentation order. */
export function indexesOf(documents: RtwDocument[], types: readonly RtwDocument['type'][]): number[] {
  return documents.flatMap((d, i) => (types.includes(d.type) ? [i] : []));
}

export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]+/g, ' ')
    .trim();
}

/** Same name, ignoring case, accents, punctuation and word order (documents print names in different orders). */
export function sameName(a: string, b: string): boolean {
  const words = (s: string) => normaliseName(s).split(' ').sort().join(' ');
  return words(a) === words(b);
}

export function label(doc: RtwDocument, index: number): string {
  return `documents[${index}] (${doc.type})`;
}
