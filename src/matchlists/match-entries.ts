import type { ApplicantFields } from '../domain/applicant.js';
import type { Individual } from '../domain/schemas.js';
import {
  datesAgree,
  isPartialDate,
  normalizeCountry,
  normalizeDocumentNumber,
  normalizeEmail,
  normalizeName,
  normalizePhone,
} from './normalize.js';
import type { ListedEntry, MatchlistEntryType } from './types.js';

/** The applicant's values in compared form, from the entity and the instance's applicant fields. */
export interface MatchSubject {
  /** Raw names as given (for fuzzy comparison) with their normalized form. */
  names: { value: string; normalized: string }[];
  dateOfBirth?: string;
  emails: { value: string; normalized: string }[];
  phones: { value: string; normalized: string }[];
  documents: { value: string; normalized: string; country?: string }[];
}

/** Scores two names from 0 (different) to 1 (same); the screening matcher provides one. */
export type NameComparator = (a: string, b: string) => number;

export interface MatchlistHit {
  entry: ListedEntry;
  /** The applicant's value that matched, as given. */
  matchedValue: string;
  matchType: 'exact' | 'fuzzy';
  /** Name similarity (0..1) of a fuzzy name match. */
  score?: number;
}

export function subjectFrom(entity: Individual, applicant: ApplicantFields): MatchSubject {
  const given = [entity.name.givenName, entity.name.middleName, entity.name.familyName].filter(Boolean).join(' ');
  const applicantName = [applicant.firstName, applicant.lastName].filter(Boolean).join(' ');
  const dob = [entity.dateOfBirth, applicant.dateOfBirth].map((d) => d?.trim().slice(0, 10)).find((d) => d && isPartialDate(d));
  const documents: MatchSubject['documents'] = [];
  const docs = (entity.documents ?? []).map((d) => ({ value: d.number, country: normalizeCountry(d.country) }));
  if (applicant.docNum) docs.push({ value: applicant.docNum, country: undefined });
  for (const d of docs) {
    const normalized = normalizeDocumentNumber(d.value);
    if (normalized && !documents.some((x) => x.normalized === normalized && x.country === d.country)) {
      documents.push({ value: d.value, normalized, country: d.country });
    }
  }
  return {
    names: distinct([entity.name.displayName, given, applicantName], normalizeName),
    dateOfBirth: dob,
    emails: distinct([entity.email, applicant.email], normalizeEmail),
    phones: distinct([entity.phoneNumber, applicant.phoneNumber], normalizePhone),
    documents,
  };
}

function distinct(values: (string | undefined)[], normalize: (v: string) => string | undefined) {
  const out: { value: string; normalized: string }[] = [];
  for (const value of values) {
    if (!value) continue;
    const normalized = normalize(value);
    if (normalized && !out.some((o) => o.normalized === normalized)) out.push({ value, normalized });
  }
  return out;
}

/** The distinct words of the subject's normalized names (the candidates for fuzzy comparison share one). */
export function nameWords(subject: MatchSubject): string[] {
  return [...new Set(subject.names.flatMap((n) => n.normalized.split(' ')))];
}

/** The (entry type, normalized value) pairs an exact lookup needs; phones in both + and bare-digit forms. */
export function lookupKeys(subject: MatchSubject): { types: MatchlistEntryType[]; values: string[] } {
  const types: MatchlistEntryType[] = [];
  const values: string[] = [];
  const add = (type: MatchlistEntryType, value: string) => {
    types.push(type);
    values.push(value);
  };
  for (const n of subject.names) add('NAME', n.normalized);
  for (const e of subject.emails) add('EMAIL', e.normalized);
  for (const p of subject.phones) {
    const digits = p.normalized.replace(/^\+/, '');
    add('PHONE', digits);
    add('PHONE', '+' + digits);
  }
  for (const d of subject.documents) add('DOCUMENT', d.normalized);
  return { types, values };
}

export interface MatchOptions {
  /** Compares names on block lists that are not equal after normalisation. */
  compareNames?: NameComparator;
  /** Least comparator score (0..1) for a fuzzy name match. */
  nameThreshold?: number;
}

/**
 * Block-list names are compared fuzzily from this score up: a typo or a variant of a given name
 * ("Jon"/"John", "Marie"/"Mary") scores 0.95 or more, while names that merely share a given name and
 * have a family name of the same shape can reach 0.9.
 */
export const DEFAULT_NAME_THRESHOLD = 0.95;

/** Every entry the subject matches, once each (an exact match preferred over a fuzzy one). */
export function matchEntries(subject: MatchSubject, entries: readonly ListedEntry[], options: MatchOptions = {}): MatchlistHit[] {
  const hits: MatchlistHit[] = [];
  for (const entry of entries) {
    const hit = matchEntry(subject, entry, options);
    if (hit) hits.push(hit);
  }
  return hits;
}

function matchEntry(subject: MatchSubject, entry: ListedEntry, options: MatchOptions): MatchlistHit | undefined {
  const exact = (value: string | undefined): MatchlistHit | undefined =>
    value === undefined ? undefined : { entry, matchedValue: value, matchType: 'exact' };
  switch (entry.entryType) {
    case 'EMAIL':
      return exact(subject.emails.find((e) => e.normalized === entry.normalizedValue)?.value);
    case 'PHONE': {
      const digits = entry.normalizedValue.replace(/^\+/, '');
      return exact(subject.phones.find((p) => p.normalized.replace(/^\+/, '') === digits)?.value);
    }
    case 'DOCUMENT':
      return exact(
        subject.documents.find((d) => d.normalized === entry.normalizedValue && countriesAgree(d.country, entry.country ?? undefined))
          ?.value,
      );
    case 'NAME':
      return matchName(subject, entry, options);
  }
}

function matchName(subject: MatchSubject, entry: ListedEntry, options: MatchOptions): MatchlistHit | undefined {
  if (subject.dateOfBirth && entry.dateOfBirth && !datesAgree(subject.dateOfBirth, entry.dateOfBirth)) return undefined;
  const same = subject.names.find((n) => n.normalized === entry.normalizedValue);
  if (same) return { entry, matchedValue: same.value, matchType: 'exact' };
  // An allow list vouches for exactly the names on it, never for similar ones.
  if (!options.compareNames || entry.listKind === 'allow') return undefined;
  const threshold = options.nameThreshold ?? DEFAULT_NAME_THRESHOLD;
  let best: MatchlistHit | undefined;
  for (const n of subject.names) {
    const score = options.compareNames(n.value, entry.value);
    if (score >= threshold && (!best || score > best.score!)) best = { entry, matchedValue: n.value, matchType: 'fuzzy', score };
  }
  return best;
}

/** Issuing countries agree when either is unknown, or when given in the same form (alpha-2 or alpha-3) and equal. */
function countriesAgree(a: string | undefined, b: string | undefined): boolean {
  const x = normalizeCountry(a);
  const y = normalizeCountry(b);
  if (!x || !y || x.length !== y.length) return true;
  return x === y;
}
