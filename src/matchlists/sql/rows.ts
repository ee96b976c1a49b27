import { isoTimestamp } from '../../domain/timestamps.js';
import type { Matchlist, MatchlistEntry, MatchlistEntryType, MatchlistKind } from '../types.js';

export interface MatchlistRow {
  id: string;
  tenant_id: string;
  name: string;
  kind: string;
  description: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface EntryRow {
  id: string;
  matchlist_id: string;
  entry_type: string;
  value: string;
  normalized_value: string;
  date_of_birth: string | null;
  country: string | null;
  reason: string | null;
  created_at: Date | string;
}


export function toMatchlist(r: MatchlistRow): Matchlist {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    name: r.name,
    kind: r.kind as MatchlistKind,
    description: r.description,
    createdAt: isoTimestamp(r.created_at),
    updatedAt: isoTimestamp(r.updated_at),
  };
}

export function toEntry(r: EntryRow): MatchlistEntry {
  return {
    id: r.id,
    matchlistId: r.matchlist_id,
    entryType: r.entry_type as MatchlistEntryType,
    value: r.value,
    normalizedValue: r.normalized_value,
    dateOfBirth: r.date_of_birth,
    country: r.country,
    reason: r.reason,
    createdAt: isoTimestamp(r.created_at),
  };
}
