import { ulid } from 'ulid';
import type { Db } from '../../store/db.js';
import type { ListFormat, ListProblem } from '../lists/parse-result.js';
import type { ListEntity } from '../types.js';
import { entityContentHash } from './entity-hash.js';
import { DEFAULT_MAX_SHRINK, emptyImportError, shrinkImportError } from './import-refused.js';
import { type ListVersionInfo, type ListVersionRow, VERSION_COLUMNS, toVersionInfo } from './list-version.js';

export interface ListSnapshot {
  source: string;
  format: ListFormat;
  sha256: string;
  publishedAt?: string;
  entities: ListEntity[];
  problems: ListProblem[];
  files?: string[];
}

export interface ImportOutcome {
  /** 'unchanged': the active version of the source has the very same bytes; nothing was written. */
  status: 'imported' | 'unchanged';
  version: ListVersionInfo;
}

export interface ImportOptions {
  /** Called after each batch of entities is written (done, total). */
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
  /** Import even a file with no entity, or one that removes more than `maxShrink` of the active version. */
  allowShrink?: boolean;
  /** The most share (0–1) of the active version's entities one import may remove (default 0.5). */
  maxShrink?: number;
}

/** Problems kept on the version row; the count keeps the full number. */
const MAX_STORED_PROBLEMS = 500;
const DEFAULT_BATCH = 2000;
/** Channel notified (payload: the source) when a source's active version changes. */
export const LISTS_CHANNEL = 'idflow_screening_lists';

async function insertEntities(tx: Db, versionId: string, entities: ListEntity[], options: ImportOptions): Promise<void> {
  const size = options.batchSize ?? DEFAULT_BATCH;
  for (let i = 0; i < entities.length; i += size) {
    const batch = entities.slice(i, i + size).map((e) => ({ source_id: e.sourceId, content_hash: entityContentHash(e), entity: e }));
    await tx.query(
      `INSERT INTO screening_list_entities (version_id, source_id, content_hash, entity)
       SELECT $1, x.source_id, x.content_hash, x.entity
         FROM json_to_recordset($2::json) AS x(source_id text, content_hash text, entity jsonb)`,
      [versionId, JSON.stringify(batch)],
    );
    options.onProgress?.(Math.min(i + size, entities.length), entities.length);
  }
}

async function recordChanges(tx: Db, versionId: string, previousId: string | null): Promise<void> {
  await tx.query(
    `INSERT INTO screening_list_changes (version_id, source_id, change)
     SELECT $1, COALESCE(n.source_id, o.source_id),
            CASE WHEN o.source_id IS NULL THEN 'added' WHEN n.source_id IS NULL THEN 'removed' ELSE 'changed' END
       FROM (SELECT source_id, content_hash FROM screening_list_entities WHERE version_id = $1) n
       FULL JOIN (SELECT source_id, content_hash FROM screening_list_entities WHERE version_id = $2) o
         ON o.source_id = n.source_id
      WHERE n.source_id IS NULL OR o.source_id IS NULL OR n.content_hash <> o.content_hash`,
    [versionId, previousId],
  );
  await tx.query(
    `UPDATE screening_list_versions v SET
       added_count = (SELECT count(*) FROM screening_list_changes WHERE version_id = $1 AND change = 'added'),
       removed_count = (SELECT count(*) FROM screening_list_changes WHERE version_id = $1 AND change = 'removed'),
       changed_count = (SELECT count(*) FROM screening_list_changes WHERE version_id = $1 AND change = 'changed')
     WHERE v.id = $1`,
    [versionId],
  );
}

/** Throws ImportRefusedError when the import holds no entity or removes more than `maxShrink` of the active version. */
async function refuseShrink(tx: Db, source: string, entities: ListEntity[], previous: ListVersionRow | undefined, maxShrink: number): Promise<void> {
  if (entities.length === 0) throw emptyImportError(source, previous?.entity_count);
  if (!previous || previous.entity_count === 0) return;
  const { rows } = await tx.query<{ source_id: string }>('SELECT source_id FROM screening_list_entities WHERE version_id = $1', [previous.id]);
  const kept = new Set(entities.map((e) => e.sourceId));
  const removed = rows.reduce((n, r) => n + (kept.has(r.source_id) ? 0 : 1), 0);
  if (removed > maxShrink * previous.entity_count) throw shrinkImportError(source, entities.length, previous.entity_count, removed, maxShrink);
}

/** Keeps the first entity of each sourceId; later ones become problems. */
function uniqueEntities(snapshot: ListSnapshot): { entities: ListEntity[]; problems: ListProblem[] } {
  const seen = new Set<string>();
  const problems = [...snapshot.problems];
  const entities = snapshot.entities.filter((e) => {
    if (seen.has(e.sourceId)) {
      problems.push({ element: e.sourceId, message: `sourceId ${e.sourceId} appears twice: the later entity skipped` });
      return false;
    }
    seen.add(e.sourceId);
    return true;
  });
  return { entities, problems };
}

/**
 * Imports a parsed list as a new active version of its source, in one transaction: the previous version stays
 * in force if anything fails. Computes and stores the diff against the previous version. The very same bytes as
 * the active version import nothing and say so. A snapshot with no entity, or one that would remove more than
 * `maxShrink` of the active version, is refused (ImportRefusedError) unless `allowShrink`.
 */
export async function importListVersion(db: Db, snapshot: ListSnapshot, options: ImportOptions = {}): Promise<ImportOutcome> {
  const { entities, problems } = uniqueEntities(snapshot);
  return db.transaction(async (tx) => {
    // Two imports of one source at once would race for the active slot: serialise them.
    if (tx.kind === 'pg') await tx.query(`SELECT pg_advisory_xact_lock(hashtext('idflow.lists.' || $1))`, [snapshot.source]);
    const active = await tx.query<ListVersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM screening_list_versions WHERE source = $1 AND status = 'active' FOR UPDATE`,
      [snapshot.source],
    );
    const previous = active.rows[0];
    if (previous && previous.sha256 === snapshot.sha256) return { status: 'unchanged', version: toVersionInfo(previous) };
    if (!options.allowShrink) await refuseShrink(tx, snapshot.source, entities, previous, options.maxShrink ?? DEFAULT_MAX_SHRINK);
    if (previous) await tx.query(`UPDATE screening_list_versions SET status = 'superseded' WHERE id = $1`, [previous.id]);
    const id = ulid();
    const names = entities.reduce((n, e) => n + e.names.length, 0);
    await tx.query(
      `INSERT INTO screening_list_versions
         (id, source, format, published_at, sha256, entity_count, name_count, problem_count, problems, files, status, previous_version_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, 'active', $11)`,
      [
        id, snapshot.source, snapshot.format, snapshot.publishedAt ?? null, snapshot.sha256, entities.length, names,
        problems.length, JSON.stringify(problems.slice(0, MAX_STORED_PROBLEMS)), JSON.stringify(snapshot.files ?? []),
        previous?.id ?? null,
      ],
    );
    await insertEntities(tx, id, entities, options);
    await recordChanges(tx, id, previous?.id ?? null);
    await tx.notify(LISTS_CHANNEL, snapshot.source);
    const row = await tx.query<ListVersionRow>(`SELECT ${VERSION_COLUMNS} FROM screening_list_versions WHERE id = $1`, [id]);
    return { status: 'imported', version: toVersionInfo(row.rows[0]) };
  });
}
