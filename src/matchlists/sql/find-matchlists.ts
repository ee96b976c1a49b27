import type { Db } from '../../store/db.js';
import type { Matchlist } from '../types.js';
import { toMatchlist, type MatchlistRow } from './rows.js';

/** The tenant's lists with the given names (all its lists when `names` is undefined), by name. */
export async function findMatchlists(db: Db, tenantId: string, names?: readonly string[]): Promise<Matchlist[]> {
  const { rows } = await db.query<MatchlistRow>(
    `SELECT * FROM matchlists
     WHERE tenant_id = $1 AND ($2::text[] IS NULL OR name = ANY($2::text[]))
     ORDER BY name`,
    [tenantId, names ? [...names] : null],
  );
  return rows.map(toMatchlist);
}
