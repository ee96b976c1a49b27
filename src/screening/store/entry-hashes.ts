import type { Db } from '../../store/db.js';

/** Key of an entry of one version in the map entryHashes returns. */
export const versionEntryKey = (versionId: string, sourceId: string) => `${versionId}\u0000${sourceId}`;

/** The content hashes of the given entries (version id, sourceId) → hash; entries not stored are absent. */
export async function entryHashes(db: Db, entries: Array<{ versionId: string; sourceId: string }>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (entries.length === 0) return out;
  const { rows } = await db.query<{ version_id: string; source_id: string; content_hash: string }>(
    `SELECT e.version_id, e.source_id, e.content_hash
       FROM screening_list_entities e
       JOIN json_to_recordset($1::json) AS x(version_id text, source_id text) ON x.version_id = e.version_id AND x.source_id = e.source_id`,
    [JSON.stringify(entries.map((e) => ({ version_id: e.versionId, source_id: e.sourceId })))],
  );
  for (const r of rows) out.set(versionEntryKey(r.version_id, r.source_id), r.content_hash);
  return out;
}
