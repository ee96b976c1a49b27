import { z } from 'zod';
import { isPartialDate, normalizeCountry, normalizeValue } from './normalize.js';
import type { NewEntry } from './sql/insert-entries.js';
import { MATCHLIST_ENTRY_TYPES } from './types.js';

export const entryInputSchema = z
  .object({
    entryType: z.enum(MATCHLIST_ENTRY_TYPES),
    value: z.string().min(1).max(500),
    /** NAME entries only: YYYY, YYYY-MM or YYYY-MM-DD. */
    dateOfBirth: z.string().optional(),
    /** DOCUMENT entries only: issuing country (ISO 3166-1 alpha-2 or alpha-3). */
    country: z.string().optional(),
    reason: z.string().max(1000).optional(),
  })
  .strict();
export type EntryInput = z.infer<typeof entryInputSchema>;

/** An entry ready to store, or the reason it cannot be (naming the field). */
export function prepareEntry(input: EntryInput): { entry: NewEntry } | { field: string; problem: string } {
  const normalizedValue = normalizeValue(input.entryType, input.value);
  if (!normalizedValue) return { field: 'value', problem: VALUE_PROBLEM[input.entryType] };
  if (input.dateOfBirth !== undefined) {
    if (input.entryType !== 'NAME') return { field: 'dateOfBirth', problem: 'applies to NAME entries only: remove it' };
    if (!isPartialDate(input.dateOfBirth)) return { field: 'dateOfBirth', problem: 'must be YYYY, YYYY-MM or YYYY-MM-DD' };
  }
  const country = normalizeCountry(input.country);
  if (input.country !== undefined) {
    if (input.entryType !== 'DOCUMENT') return { field: 'country', problem: 'applies to DOCUMENT entries only: remove it' };
    if (!country || !/^[A-Z]{2,3}$/.test(country)) return { field: 'country', problem: 'must be an ISO 3166-1 alpha-2 or alpha-3 code' };
  }
  return {
    entry: {
      entryType: input.entryType,
      value: input.value.trim(),
      normalizedValue,
      dateOfBirth: input.dateOfBirth ?? null,
      country: country ?? null,
      reason: input.reason ?? null,
    },
  };
}

const VALUE_PROBLEM: Record<EntryInput['entryType'], string> = {
  NAME: 'a NAME needs at least one letter or digit',
  EMAIL: 'an EMAIL must look like name@domain, without spaces',
  PHONE: 'a PHONE needs at least 4 digits (spaces, dashes, brackets and a leading + or 00 are allowed)',
  DOCUMENT: 'a DOCUMENT number needs at least one letter or digit',
};
