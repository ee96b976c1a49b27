import type { KycProblem } from '../types.js';

/** One imported version of a data source, as `idflow sources` and the API show it. */
export interface SourceVersionInfo {
  id: string;
  source: string;
  format: 'csv' | 'jsonl';
  sha256: string;
  importedAt: string;
  fileName?: string;
  counts: { records: number; problems: number };
  status: 'active' | 'superseded';
  previousVersionId?: string;
  /** Counts of the diff against the previous version of the same source. */
  diff: { added: number; removed: number; changed: number };
  problems?: KycProblem[];
}

export interface SourceVersionRow {
  id: string;
  source: string;
  format: 'csv' | 'jsonl';
  sha256: string;
  imported_at: Date | string;
  file_name: string | null;
  record_count: number;
  problem_count: number;
  status: 'active' | 'superseded';
  previous_version_id: string | null;
  added_count: number;
  removed_count: number;
  changed_count: number;
  problems?: KycProblem[];
}

export const SOURCE_VERSION_COLUMNS = `id, source, format, sha256, imported_at, file_name, record_count, problem_count, status,
  previous_version_id, added_count, removed_count, changed_count`;

const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

export function toSourceVersionInfo(row: SourceVersionRow): SourceVersionInfo {
  return {
    id: row.id,
    source: row.source,
    format: row.format,
    sha256: row.sha256,
    importedAt: iso(row.imported_at),
    ...(row.file_name ? { fileName: row.file_name } : {}),
    counts: { records: row.record_count, problems: row.problem_count },
    status: row.status,
    ...(row.previous_version_id ? { previousVersionId: row.previous_version_id } : {}),
    diff: { added: row.added_count, removed: row.removed_count, changed: row.changed_count },
    ...(row.problems ? { problems: row.problems } : {}),
  };
}
