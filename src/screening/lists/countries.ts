import isoCountries from 'i18n-iso-countries';
import { COUNTRY_NAMES, NATIONALITY_ADJECTIVES } from './country-names.js';

/** Nationality codes an MRZ may carry besides ISO 3166-1 alpha-3 (ICAO Doc 9303 part 3): Germany's D, Kosovo, British nationality classes. */
const MRZ_NATIONALITIES: Record<string, string> = { D: 'DE', XKX: 'XK', GBD: 'GB', GBN: 'GB', GBO: 'GB', GBP: 'GB', GBS: 'GB' };

/** Folds a country name for lookup: no accents, lower case, plain apostrophes, single spaces, no final dot. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

const BY_NAME = new Map<string, string>();
const CODES = new Set<string>();
for (const [code, ...names] of COUNTRY_NAMES) {
  CODES.add(code);
  for (const name of names) BY_NAME.set(fold(name), code);
}
for (const [adjective, code] of Object.entries(NATIONALITY_ADJECTIVES)) {
  if (!BY_NAME.has(adjective)) BY_NAME.set(adjective, code);
}

/** True when `code` is an ISO 3166-1 alpha-2 code idflow knows (XK, Kosovo, included). */
export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

/**
 * The ISO 3166-1 alpha-2 code for a country name, a nationality adjective, an alpha-2 code as the lists write
 * them ("Korea, North", "Iran (Islamic Republic of)", "Syrian", "SY"), or an alpha-3 or MRZ nationality code
 * (GBR, D); undefined when it names no single country.
 */
export function countryCode(text: string | undefined | null): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  if (/^[A-Z]{2}$/.test(trimmed) && CODES.has(trimmed)) return trimmed;
  if (/^[A-Z]{3}$|^D$/.test(trimmed)) {
    const alpha2 = MRZ_NATIONALITIES[trimmed] ?? isoCountries.alpha3ToAlpha2(trimmed);
    if (alpha2 && CODES.has(alpha2)) return alpha2;
  }
  const folded = fold(trimmed);
  const direct = BY_NAME.get(folded);
  if (direct) return direct;
  const withoutArticle = folded.replace(/^the /, '');
  return BY_NAME.get(withoutArticle) ?? BY_NAME.get(withoutArticle.replace(/^region: /, ''));
}

/** Adds the code of each text to `into` once, keeping first-seen order; returns the texts that named no country. */
export function addCountries(into: string[], texts: Iterable<string | undefined | null>): string[] {
  const unknown: string[] = [];
  for (const text of texts) {
    if (!text || !text.trim()) continue;
    const code = countryCode(text);
    if (!code) unknown.push(text);
    else if (!into.includes(code)) into.push(code);
  }
  return unknown;
}
