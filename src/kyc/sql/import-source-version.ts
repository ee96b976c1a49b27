import { ulid } from 'ulid';
import type { Db } from '../../store/db.js';
import { recordLookupKeys } from '../lookup-keys.js';
import type { KycProblem, KycRecord } from '../types.js';
import { attachRecordPartition, createRecordPartition, recordPartition } from './record-partition.js';
import { SOURCE_VERSION_COLUMNS, type SourceVersionInfo, type SourceVersionRow, toSourceVersionInfo } from './source-version.js';

export interface SourceSnapshot {
  tenantId: string;
  source: string;
  /** The provider name PROs carry (`providerResult.name`); defaults to the source name on the first import. */
  provider?: string;
  creditBureau?: 'Equifax' | 'Experian';
  format: 'csv' | 'jsonl';
  sha256: string;
  fileName?: string;
  records: KycRecord[];
  problems: KycProblem[];
}

export interface SourceImportOutcome {
  /** 'unchanged': the active version has the very same bytes; nothing was written. */
  status: 'imported' | 'unchanged';
  version: SourceVersionInfo;
}

const MAX_STORED_PROBLEMS = 500;
const BATCH = 5000;
/** Imports at least this large refresh the records table's planner statistics. */
const ANALYZE_AT = 10_000;

/**
 * Loads the records into the version's own partition, then indexes and attaches it (see record-partition.ts).
 * The next batch's keys are computed while the database stores the previous one; the content hash is the
 * database's md5 of the stored record.
 */
async function insertRecords(tx: Db, versionId: string, records: KycRecord[], onProgress?: (done: number, total: number) => void): Promise<void> {
  const table = await createRecordPartition(tx, versionId);
  let storing: Promise<unknown> = Promise.resolve();
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = JSON.stringify(records.slice(i, i + BATCH).map((r) => ({ i: r.recordId, r, k: recordLookupKeys(r) })));
    await storing;
    onProgress?.(i, records.length);
    storing = tx.query(
      `INSERT INTO ${table} (version_id, record_id, content_hash, record, lookup_keys)
       SELECT $1, x.i, md5(x.r::text), x.r, x.k FROM json_to_recordset($2::json) AS x(i text, r jsonb, k text[])`,
      [versionId, batch],
    );
  }
  await storing;
  onProgress?.(records.length, records.length);
  await attachRecordPartition(tx, versionId);
}

async function recordChanges(tx: Db, versionId: string, previousId: string): Promise<void> {
  await tx.query(
    `INSERT INTO kyc_source_changes (version_id, record_id, change)
     SELECT $1, COALESCE(n.record_id, o.record_id),
            CASE WHEN o.record_id IS NULL THEN 'added' WHEN n.record_id IS NULL THEN 'removed' ELSE 'changed' END
       FROM (SELECT record_id, content_hash FROM kyc_source_records WHERE version_id = $1) n
       FULL JOIN (SELECT record_id, content_hash FROM kyc_source_records WHERE version_id = $2) o ON o.record_id = n.record_id
      WHERE n.record_id IS NULL OR o.record_id IS NULL OR n.content_hash <> o.content_hash`,
    [versionId, previousId],
  );
  await tx.query(
    `UPDATE kyc_source_versions SET
       added_count = (SELECT count(*) FROM kyc_source_changes WHERE version_id = $1 AND change = 'added'),
       removed_count = (SELECT count(*) FROM kyc_source_changes WHERE version_id = $1 AND change = 'removed'),
       changed_count = (SELECT count(*) FROM kyc_source_changes WHERE version_id = $1 AND change = 'changed')
     WHERE id = $1`,
    [versionId],
  );
}

/**
 * Imports parsed records as the new active version of a tenant's source, in one transaction (the previous
 * version stays in force if anything fails), with the diff against the previous version. The very same bytes
 * as the active version import nothing and say so.
 */
export async function importSourceVersion(db: Db, s: SourceSnapshot, options: { onProgress?: (done: number, total: number) => void } = {}): Promise<SourceImportOutcome> {
  return db.transaction(async (tx) => {
    if (tx.kind === 'pg') await tx.query(`SELECT pg_advisory_xact_lock(hashtext('idflow.kyc.' || $1 || '.' || $2))`, [s.tenantId, s.source]);
    await tx.query(
      `INSERT INTO kyc_sources (tenant_id, name, provider, credit_bureau) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, name) DO UPDATE SET provider = COALESCE($5, kyc_sources.provider), credit_bureau = COALESCE($4, kyc_sources.credit_bureau)`,
      [s.tenantId, s.source, s.provider ?? s.source, s.creditBureau ?? null, s.provider ?? null],
    );
    const active = await tx.query<SourceVersionRow>(
      `SELECT ${SOURCE_VERSION_COLUMNS} FROM kyc_source_versions WHERE tenant_id = $1 AND source = $2 AND status = 'active' FOR UPDATE`,
      [s.tenantId, s.source],
    );
    const previous = active.rows[0];
    if (previous && previous.sha256 === s.sha256) return { status: 'unchanged' as const, version: toSourceVersionInfo(previous) };
    if (previous) await tx.query(`UPDATE kyc_source_versions SET status = 'superseded' WHERE id = $1`, [previous.id]);
    const id = ulid();
    await tx.query(
      `INSERT INTO kyc_source_versions (id, tenant_id, source, format, sha256, file_name, record_count, problem_count, problems, status, previous_version_id, added_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, 'active', $10, $11)`,
      [id, s.tenantId, s.source, s.format, s.sha256, s.fileName ?? null, s.records.length, s.problems.length,
        JSON.stringify(s.problems.slice(0, MAX_STORED_PROBLEMS)), previous?.id ?? null, previous ? 0 : s.records.length],
    );
    await insertRecords(tx, id, s.records, options.onProgress);
    if (previous) await recordChanges(tx, id, previous.id);
    // Fresh statistics after a bulk load, so lookups are planned for the partition's real size.
    if (s.records.length >= ANALYZE_AT) await tx.query(`ANALYZE ${recordPartition(id)}`);
    const row = await tx.query<SourceVersionRow>(`SELECT ${SOURCE_VERSION_COLUMNS} FROM kyc_source_versions WHERE id = $1`, [id]);
    return { status: 'imported' as const, version: toSourceVersionInfo(row.rows[0]!) };
  });
}
