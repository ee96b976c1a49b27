import type { Db } from '../../store/db.js';
import type { ListEntity } from '../types.js';
import { type ListVersionInfo, type ListVersionRow, VERSION_COLUMNS, toVersionInfo } from './list-version.js';

export interface ActiveEntities {
  entities: ListEntity[];
  /** The active version of each source. */
  versions: ListVersionInfo[];
  /** The version id each entity comes from, index for index with `entities`. */
  entityVersionIds: string[];
  /** The content hash of each entity, index for index with `entities`. */
  contentHashes: string[];
}

/** The entities of every active list version (optionally only of the given sources), for building a screening index. */
export async function loadActiveEntities(db: Db, sources?: string[]): Promise<ActiveEntities> {
  const filter = sources && sources.length > 0 ? sources : null;
  const versions = await db.query<ListVersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM screening_list_versions
      WHERE status = 'active' AND ($1::text[] IS NULL OR source = ANY($1)) ORDER BY source`,
    [filter],
  );
  const ids = versions.rows.map((v) => v.id);
  if (ids.length === 0) return { entities: [], versions: [], entityVersionIds: [], contentHashes: [] };
  // Text, not jsonb: one JSON.parse per row is the cheapest way through both drivers.
  const { rows } = await db.query<{ version_id: string; content_hash: string; entity: string }>(
    `SELECT version_id, content_hash, entity::text AS entity FROM screening_list_entities
      WHERE version_id = ANY($1::text[]) ORDER BY version_id, source_id`,
    [ids],
  );
  return {
    entities: rows.map((r) => JSON.parse(r.entity) as ListEntity),
    versions: versions.rows.map(toVersionInfo),
    entityVersionIds: rows.map((r) => r.version_id),
    contentHashes: rows.map((r) => r.content_hash),
  };
}
