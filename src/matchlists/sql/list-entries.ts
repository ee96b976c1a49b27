import type { Db } from '../../store/db.js';
import type { MatchlistEntry } from '../types.js';
import { toEntry, type EntryRow } from './rows.js';

export interface EntryPage {
  entries: MatchlistEntry[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** A page of a list's entries in creation (id) order, starting after the entry id `after`. */
export async function listEntries(
  db: Db,
  tenantId: string,
  matchlistId: string,
  page: { limit: number; after?: string },
): Promise<EntryPage> {
  const { rows } = await db.query<EntryRow>(
    `SELECT * FROM matchlist_entries
     WHERE tenant_id = $1 AND matchlist_id = $2 AND ($3::text IS NULL OR id > $3)
     ORDER BY id
     LIMIT $4`,
    [tenantId, matchlistId, page.after ?? null, page.limit + 1],
  );
  const more = rows.length > page.limit;
  const entries = rows.slice(0, page.limit).map(toEntry);
  return { entries, nextCursor: more ? entries[entries.length - 1].id : null };
}
