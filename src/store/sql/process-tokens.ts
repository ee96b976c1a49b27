import type { Db } from '../db.js';

export interface TokenRow {
  id: string;
  tenant_id: string;
  definition_id: string;
  type: string;
  status: string;
  not_before_dtm: Date | null;
  not_after_dtm: Date | null;
  max_count: number | null;
  counter: number;
  parameters: Record<string, unknown>;
  ext_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export async function insertToken(
  db: Db,
  t: { id: string; tenantId: string; definitionId: string; type: string; status: string; notBefore?: string; notAfter?: string; maxCount?: number; parameters: Record<string, unknown>; extId?: string },
): Promise<TokenRow> {
  const { rows } = await db.query<TokenRow>(
    `INSERT INTO process_tokens (id, tenant_id, definition_id, type, status, not_before_dtm, not_after_dtm, max_count, parameters, ext_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10) RETURNING *`,
    [t.id, t.tenantId, t.definitionId, t.type, t.status, t.notBefore ?? null, t.notAfter ?? null, t.maxCount ?? null, JSON.stringify(t.parameters), t.extId ?? null],
  );
  return rows[0];
}

export async function getToken(db: Db, tenantId: string, id: string): Promise<TokenRow | undefined> {
  const { rows } = await db.query<TokenRow>(`SELECT * FROM process_tokens WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
  return rows[0];
}

export async function listTokens(db: Db, tenantId: string, limit: number, before?: string): Promise<TokenRow[]> {
  const { rows } = await db.query<TokenRow>(
    `SELECT * FROM process_tokens WHERE tenant_id = $1 AND ($2::text IS NULL OR id < $2) ORDER BY id DESC LIMIT $3`,
    [tenantId, before ?? null, limit],
  );
  return rows;
}

export async function setTokenStatus(db: Db, tenantId: string, id: string, status: string): Promise<TokenRow | undefined> {
  const { rows } = await db.query<TokenRow>(
    `UPDATE process_tokens SET status = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2 RETURNING *`,
    [tenantId, id, status],
  );
  return rows[0];
}

/**
 * Uses the token once: atomically checks status, time window and count, and increments the counter.
 * Returns the new counter, or undefined when the token may not be used now.
 */
export async function useToken(db: Db, tenantId: string, id: string): Promise<number | undefined> {
  const { rows } = await db.query<{ counter: number }>(
    `UPDATE process_tokens SET counter = counter + 1, updated_at = now(),
            status = CASE WHEN max_count IS NOT NULL AND counter + 1 >= max_count THEN 'CONSUMED' ELSE status END
      WHERE tenant_id = $1 AND id = $2 AND status = 'ACTIVE'
        AND (max_count IS NULL OR counter < max_count)
        AND (not_before_dtm IS NULL OR now() >= not_before_dtm)
        AND (not_after_dtm IS NULL OR now() <= not_after_dtm)
      RETURNING counter`,
    [tenantId, id],
  );
  return rows[0]?.counter;
}
