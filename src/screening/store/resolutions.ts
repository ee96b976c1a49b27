import type { Db } from '../../store/db.js';

export type HitResolution = 'FALSE_POSITIVE' | 'TRUE_POSITIVE';

export interface ResolutionInput {
  tenantId: string;
  entityId: string;
  source: string;
  sourceId: string;
  /** The list entry's content hash when the hit was raised (the AML PRO's supplementaryData.contentHash). */
  contentHash: string;
  resolution: HitResolution;
  processResultId?: string;
  resolvedBy?: string;
}

/** Records (or replaces) a reviewer's resolution of a screening hit for one entity. */
export async function recordResolution(db: Db, r: ResolutionInput): Promise<void> {
  await db.query(
    `INSERT INTO screening_resolutions (tenant_id, entity_id, source, source_id, content_hash, resolution, process_result_id, resolved_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (tenant_id, entity_id, source, source_id) DO UPDATE SET
       content_hash = EXCLUDED.content_hash, resolution = EXCLUDED.resolution,
       process_result_id = EXCLUDED.process_result_id, resolved_by = EXCLUDED.resolved_by, resolved_at = now()`,
    [r.tenantId, r.entityId, r.source, r.sourceId, r.contentHash, r.resolution, r.processResultId ?? null, r.resolvedBy ?? null],
  );
}

/** Key of a list entry in the maps below. */
export const entryKey = (source: string, sourceId: string) => `${source}\u0000${sourceId}`;

/**
 * The false positives resolved for these entities of a tenant: entity id → (entry key → content hash when resolved).
 * A hit is suppressed only while the entry's hash is still the one resolved.
 */
export async function loadFalsePositives(db: Db, tenantId: string, entityIds: string[]): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  if (entityIds.length === 0) return out;
  const { rows } = await db.query<{ entity_id: string; source: string; source_id: string; content_hash: string }>(
    `SELECT entity_id, source, source_id, content_hash FROM screening_resolutions
      WHERE tenant_id = $1 AND entity_id = ANY($2::text[]) AND resolution = 'FALSE_POSITIVE'`,
    [tenantId, entityIds],
  );
  for (const r of rows) {
    if (!out.has(r.entity_id)) out.set(r.entity_id, new Map());
    out.get(r.entity_id)!.set(entryKey(r.source, r.source_id), r.content_hash);
  }
  return out;
}
