import { ulid } from 'ulid';
import type { Db } from '../../store/db.js';
import type { Matchlist, MatchlistKind } from '../types.js';
import { toMatchlist, type MatchlistRow } from './rows.js';

export interface NewMatchlist {
  name: string;
  kind: MatchlistKind;
  description?: string | null;
}

/** Creates a list; undefined when the tenant already has a list of that name. */
export async function createMatchlist(db: Db, tenantId: string, list: NewMatchlist): Promise<Matchlist | undefined> {
  const { rows } = await db.query<MatchlistRow>(
    `INSERT INTO matchlists (id, tenant_id, name, kind, description)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, name) DO NOTHING
     RETURNING *`,
    [ulid(), tenantId, list.name, list.kind, list.description ?? null],
  );
  return rows[0] ? toMatchlist(rows[0]) : undefined;
}
