import type { Db } from '../../store/db.js';
import type { Matchlist } from '../types.js';
import { toMatchlist, type MatchlistRow } from './rows.js';

export type MatchlistWithCount = Matchlist & { entryCount: number };

/** All the tenant's lists by name, each with its number of entries. */
export async function listMatchlists(db: Db, tenantId: string): Promise<MatchlistWithCount[]> {
  const { rows } = await db.query<MatchlistRow & { entry_count: number }>(
    `SELECT l.*, (SELECT count(*) FROM matchlist_entries e WHERE e.matchlist_id = l.id)::int AS entry_count
     FROM matchlists l
     WHERE l.tenant_id = $1
     ORDER BY l.name`,
    [tenantId],
  );
  return rows.map((r) => ({ ...toMatchlist(r), entryCount: Number(r.entry_count) }));
}
