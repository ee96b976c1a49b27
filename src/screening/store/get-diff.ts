import type { Db } from '../../store/db.js';
import type { ListEntity } from '../types.js';

export interface ListDiff {
  versionId: string;
  source: string;
  previousVersionId?: string;
  added: string[];
  removed: string[];
  changed: string[];
}

/** The sourceIds a version added, removed and changed against the version it superseded; undefined for an unknown id. */
export async function getDiff(db: Db, versionId: string): Promise<ListDiff | undefined> {
  const version = await db.query<{ source: string; previous_version_id: string | null }>(
    'SELECT source, previous_version_id FROM screening_list_versions WHERE id = $1',
    [versionId],
  );
  if (version.rowCount === 0) return undefined;
  const { rows } = await db.query<{ source_id: string; change: 'added' | 'removed' | 'changed' }>(
    'SELECT source_id, change FROM screening_list_changes WHERE version_id = $1 ORDER BY source_id',
    [versionId],
  );
  const diff: ListDiff = { versionId, source: version.rows[0].source, added: [], removed: [], changed: [] };
  if (version.rows[0].previous_version_id) diff.previousVersionId = version.rows[0].previous_version_id;
  for (const r of rows) diff[r.change].push(r.source_id);
  return diff;
}

export interface ChangedEntity {
  entity: ListEntity;
  contentHash: string;
  change: 'added' | 'changed';
}

/** The added and changed entities of a version, with their content: what ongoing monitoring re-screens against. */
export async function loadChangedEntities(db: Db, versionId: string): Promise<ChangedEntity[]> {
  const { rows } = await db.query<{ entity: string; content_hash: string; change: 'added' | 'changed' }>(
    `SELECT e.entity::text AS entity, e.content_hash, c.change
       FROM screening_list_changes c
       JOIN screening_list_entities e ON e.version_id = c.version_id AND e.source_id = c.source_id
      WHERE c.version_id = $1 AND c.change IN ('added', 'changed')
      ORDER BY e.source_id`,
    [versionId],
  );
  return rows.map((r) => ({ entity: JSON.parse(r.entity) as ListEntity, contentHash: r.content_hash, change: r.change }));
}
