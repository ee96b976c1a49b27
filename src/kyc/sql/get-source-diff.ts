import type { Db } from '../../store/db.js';

export interface SourceDiff {
  versionId: string;
  source: string;
  previousVersionId?: string;
  added: string[];
  removed: string[];
  changed: string[];
}

/**
 * The recordIds a version added, removed and changed against the version it superseded (a first version adds
 * every record); undefined for a version that is not the tenant's.
 */
export async function getSourceDiff(db: Db, tenantId: string, versionId: string): Promise<SourceDiff | undefined> {
  const version = await db.query<{ source: string; previous_version_id: string | null }>(
    'SELECT source, previous_version_id FROM kyc_source_versions WHERE tenant_id = $1 AND id = $2',
    [tenantId, versionId],
  );
  const v = version.rows[0];
  if (!v) return undefined;
  const diff: SourceDiff = { versionId, source: v.source, added: [], removed: [], changed: [] };
  if (!v.previous_version_id) {
    const all = await db.query<{ record_id: string }>('SELECT record_id FROM kyc_source_records WHERE version_id = $1 ORDER BY record_id', [versionId]);
    diff.added = all.rows.map((r) => r.record_id);
    return diff;
  }
  diff.previousVersionId = v.previous_version_id;
  const { rows } = await db.query<{ record_id: string; change: 'added' | 'removed' | 'changed' }>(
    'SELECT record_id, change FROM kyc_source_changes WHERE version_id = $1 ORDER BY record_id',
    [versionId],
  );
  for (const r of rows) diff[r.change].push(r.record_id);
  return diff;
}
