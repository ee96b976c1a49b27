import type { Db } from '../../store/db.js';
import type { ListedEntry, MatchlistEntryType, MatchlistKind } from '../types.js';
import { toEntry, type EntryRow } from './rows.js';

/**
 * The entries of the given lists that may match (a superset: the matcher checks each one): those
 * whose type and compared value are among `keys`, plus the NAME entries of the `fuzzy` lists that
 * share a word with `fuzzy.words` and whose date of birth agrees with `fuzzy.dateOfBirth`.
 */
export async function findCandidateEntries(
  db: Db,
  tenantId: string,
  matchlistIds: readonly string[],
  keys: { types: readonly MatchlistEntryType[]; values: readonly string[] },
  fuzzy: { matchlistIds: readonly string[]; words: readonly string[]; dateOfBirth?: string },
): Promise<ListedEntry[]> {
  if (matchlistIds.length === 0) return [];
  // Two index lookups (compared values; shared name words), not one OR that would scan the table.
  const { rows } = await db.query<EntryRow & { list_name: string; list_kind: string }>(
    `SELECT e.*, l.name AS list_name, l.kind AS list_kind
     FROM (
       SELECT e.* FROM matchlist_entries e
         WHERE e.tenant_id = $1 AND e.entry_type = ANY($3::text[]) AND e.normalized_value = ANY($4::text[])
           AND e.matchlist_id = ANY($2::text[])
       UNION
       SELECT e.* FROM matchlist_entries e
         WHERE e.entry_type = 'NAME' AND string_to_array(e.normalized_value, ' ') && $6::text[]
           AND e.tenant_id = $1 AND e.matchlist_id = ANY($5::text[])
           -- dates of birth agree to the precision both give (see datesAgree)
           AND ($7::text IS NULL OR e.date_of_birth IS NULL
                OR left(e.date_of_birth, least(length(e.date_of_birth), length($7))) = left($7, least(length(e.date_of_birth), length($7))))
     ) e
     JOIN matchlists l ON l.id = e.matchlist_id
     ORDER BY e.id`,
    [tenantId, [...matchlistIds], [...keys.types], [...keys.values], [...fuzzy.matchlistIds], [...fuzzy.words], fuzzy.dateOfBirth ?? null],
  );
  return rows.map((r) => ({ ...toEntry(r), listName: r.list_name, listKind: r.list_kind as MatchlistKind }));
}
