import { monotonicFactory } from 'ulid';
import type { Db } from '../../store/db.js';
import type { MatchlistEntry, MatchlistEntryType } from '../types.js';
import { toEntry, type EntryRow } from './rows.js';

// Ids rise within a millisecond too, so a list's entries page in the order they were given.
const nextId = monotonicFactory();

/**
 * After a batch this large the planner's statistics are refreshed, so the MATCHLIST lookups keep
 * their indexes (embedded PGlite has no autovacuum to do it).
 */
const ANALYZE_AFTER = 500;

export interface NewEntry {
  entryType: MatchlistEntryType;
  value: string;
  normalizedValue: string;
  dateOfBirth?: string | null;
  country?: string | null;
  reason?: string | null;
}

/**
 * Adds entries to one of the tenant's lists in one statement. An entry the list already holds
 * (same type, compared value, date of birth and country) is skipped; returns those added.
 */
export async function insertEntries(
  db: Db,
  tenantId: string,
  matchlistId: string,
  entries: readonly NewEntry[],
): Promise<MatchlistEntry[]> {
  if (entries.length === 0) return [];
  const added = await db.transaction(async (tx) => {
    const { rows } = await tx.query<EntryRow>(
      `INSERT INTO matchlist_entries
         (id, tenant_id, matchlist_id, entry_type, value, normalized_value, date_of_birth, country, reason)
       SELECT u.id, $1, $2, u.entry_type, u.value, u.normalized_value, u.date_of_birth, u.country, u.reason
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         AS u(id, entry_type, value, normalized_value, date_of_birth, country, reason)
       ON CONFLICT DO NOTHING
       RETURNING *`,
      [
        tenantId,
        matchlistId,
        entries.map(() => nextId()),
        entries.map((e) => e.entryType),
        entries.map((e) => e.value),
        entries.map((e) => e.normalizedValue),
        entries.map((e) => e.dateOfBirth ?? null),
        entries.map((e) => e.country ?? null),
        entries.map((e) => e.reason ?? null),
      ],
    );
    await tx.query('UPDATE matchlists SET updated_at = now() WHERE tenant_id = $1 AND id = $2', [tenantId, matchlistId]);
    return rows.map(toEntry).sort((a, b) => (a.id < b.id ? -1 : 1));
  });
  if (added.length >= ANALYZE_AFTER) await db.query('ANALYZE matchlist_entries');
  return added;
}
