import type { Db } from '../../store/db.js';
import type { Matchlist } from '../types.js';
import { toMatchlist, type MatchlistRow } from './rows.js';

/** One of the tenant's lists; undefined when it does not exist or belongs to another tenant. */
export async function getMatchlist(db: Db, tenantId: string, id: string): Promise<Matchlist | undefined> {
  const { rows } = await db.query<MatchlistRow>('SELECT * FROM matchlists WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
  return rows[0] ? toMatchlist(rows[0]) : undefined;
}
