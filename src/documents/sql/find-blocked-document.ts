import { normalizeDocumentNumber } from '../../matchlists/normalize.js';
import type { Db } from '../../store/db.js';

/** The first of the tenant's block lists (all, or those named) holding this document number, or null. */
export async function findBlockedDocument(db: Db, tenantId: string, documentNumber: string | undefined, listNames?: readonly string[]): Promise<{ listName: string; reason: string | null } | null> {
  const normalized = documentNumber ? normalizeDocumentNumber(documentNumber) : undefined;
  if (!normalized) return null;
  const { rows } = await db.query<{ list_name: string; reason: string | null }>(
    `SELECT l.name AS list_name, e.reason
       FROM matchlist_entries e JOIN matchlists l ON l.id = e.matchlist_id
      WHERE e.tenant_id = $1 AND e.entry_type = 'DOCUMENT' AND e.normalized_value = $2 AND l.kind = 'block'
        AND ($3::text[] IS NULL OR l.name = ANY($3::text[]))
      ORDER BY l.name LIMIT 1`,
    [tenantId, normalized, listNames ? [...listNames] : null],
  );
  return rows[0] ? { listName: rows[0].list_name, reason: rows[0].reason } : null;
}
