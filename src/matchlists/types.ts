/** A tenant's own list: a block list raises HIT when the applicant is on it; an allow list vouches for them. */
export const MATCHLIST_KINDS = ['block', 'allow'] as const;
export type MatchlistKind = (typeof MATCHLIST_KINDS)[number];

/** What a list entry identifies; also the objectType of the PRO a hit produces. */
export const MATCHLIST_ENTRY_TYPES = ['NAME', 'EMAIL', 'PHONE', 'DOCUMENT'] as const;
export type MatchlistEntryType = (typeof MATCHLIST_ENTRY_TYPES)[number];

export interface Matchlist {
  id: string;
  tenantId: string;
  name: string;
  kind: MatchlistKind;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MatchlistEntry {
  id: string;
  matchlistId: string;
  entryType: MatchlistEntryType;
  /** As the tenant entered it. */
  value: string;
  /** The form compared (see normalize.ts). */
  normalizedValue: string;
  /** NAME entries: YYYY, YYYY-MM or YYYY-MM-DD. */
  dateOfBirth: string | null;
  /** DOCUMENT entries: issuing country. */
  country: string | null;
  reason: string | null;
  createdAt: string;
}

/** An entry together with the list it belongs to, as matching needs it. */
export interface ListedEntry extends MatchlistEntry {
  listName: string;
  listKind: MatchlistKind;
}
