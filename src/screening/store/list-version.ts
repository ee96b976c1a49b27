import type { ListFormat, ListProblem } from '../lists/parse-result.js';

/** One imported snapshot of a list, as `idflow lists` and the API show it. */
export interface ListVersionInfo {
  id: string;
  source: string;
  format: ListFormat;
  publishedAt?: string;
  sha256: string;
  importedAt: string;
  counts: { entities: number; names: number; problems: number };
  status: 'active' | 'superseded';
  previousVersionId?: string;
  /** Counts of the diff against the previous version of the same source. */
  diff: { added: number; removed: number; changed: number };
  files: string[];
}

export interface ListVersionRow {
  id: string;
  source: string;
  format: ListFormat;
  published_at: Date | string | null;
  sha256: string;
  imported_at: Date | string;
  entity_count: number;
  name_count: number;
  problem_count: number;
  status: 'active' | 'superseded';
  previous_version_id: string | null;
  added_count: number;
  removed_count: number;
  changed_count: number;
  files: string[];
  problems?: ListProblem[];
}

export const VERSION_COLUMNS = `id, source, format, published_at, sha256, imported_at, entity_count, name_count, problem_count,
  status, previous_version_id, added_count, removed_count, changed_count, files`;

const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

export function toVersionInfo(row: ListVersionRow): ListVersionInfo {
  return {
    id: row.id,
    source: row.source,
    format: row.format,
    ...(row.published_at ? { publishedAt: iso(row.published_at) } : {}),
    sha256: row.sha256,
    importedAt: iso(row.imported_at),
    counts: { entities: row.entity_count, names: row.name_count, problems: row.problem_count },
    status: row.status,
    ...(row.previous_version_id ? { previousVersionId: row.previous_version_id } : {}),
    diff: { added: row.added_count, removed: row.removed_count, changed: row.changed_count },
    files: row.files ?? [],
  };
}
