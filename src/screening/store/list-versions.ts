import type { Db } from '../../store/db.js';
import { type ListVersionInfo, type ListVersionRow, VERSION_COLUMNS, toVersionInfo } from './list-version.js';

/** Every imported version, newest first (optionally of one source or only the active ones). */
export async function listVersions(db: Db, filter: { source?: string; activeOnly?: boolean } = {}): Promise<ListVersionInfo[]> {
  const { rows } = await db.query<ListVersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM screening_list_versions
      WHERE ($1::text IS NULL OR source = $1) AND (NOT $2 OR status = 'active')
      ORDER BY imported_at DESC, id DESC`,
    [filter.source ?? null, filter.activeOnly ?? false],
  );
  return rows.map(toVersionInfo);
}

/** One version with the problems recorded at import; undefined when there is none with that id. */
export async function getVersion(db: Db, id: string): Promise<(ListVersionInfo & { problems: ListVersionRow['problems'] }) | undefined> {
  const { rows } = await db.query<ListVersionRow>(`SELECT ${VERSION_COLUMNS}, problems FROM screening_list_versions WHERE id = $1`, [id]);
  return rows[0] ? { ...toVersionInfo(rows[0]), problems: rows[0].problems ?? [] } : undefined;
}

/** A short key that changes whenever the set of active versions changes (to know when to rebuild an index). */
export async function activeVersionsKey(db: Db): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM screening_list_versions WHERE status = 'active' ORDER BY id`);
  return rows.map((r) => r.id).join(',');
}
