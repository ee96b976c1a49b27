import type { Db } from '../db.js';
import type { InstanceRow } from './instance-row.js';

export interface InstanceFilters {
  statuses?: string[];
  definitionName?: string;
  definitionId?: string;
  createdFrom?: string;
  createdTo?: string;
  /** Case-sensitive, exact (token parameters as given). */
  firstName?: string;
  lastName?: string;
  referenceId?: string;
  processTokenId?: string;
  /** One process-token parameter, exact and case-sensitive (the GIN index on process_tokens.parameters). */
  parameter?: { name: string; value: string };
}

export interface ListCursor {
  createdDtm: string;
  id: string;
}

const LIST_COLUMNS = `id, tenant_id, definition_id, process_defn_name, process_defn_version, process_definition_type,
  process_token_id, process_token_counter, entity_id, status, process_server_id, created_dtm, last_updated_dtm,
  expiring_dtm, completed_dtm, ext_id, last_name, first_name, date_of_birth, phone_number, email, nationality,
  reviewed_by, doc_num, to_char(created_dtm AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_dtm`;

/** The WHERE clause of the filters given (and only those, so each query can use its index); $1 is the tenant. */
export function instanceWhere(tenantId: string, filters: InstanceFilters): { where: string[]; params: unknown[] } {
  const where = ['tenant_id = $1'];
  const params: unknown[] = [tenantId];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filters.statuses?.length === 1) add('status = ?', filters.statuses[0]);
  else if (filters.statuses?.length) add('status = ANY(?::text[])', filters.statuses);
  if (filters.definitionName) add('process_defn_name = ?', filters.definitionName);
  if (filters.definitionId) add('definition_id = ?', filters.definitionId);
  if (filters.createdFrom) add('created_dtm >= ?::timestamptz', filters.createdFrom);
  if (filters.createdTo) add('created_dtm < ?::timestamptz', filters.createdTo);
  if (filters.firstName) add('first_name = ?', filters.firstName);
  if (filters.lastName) add('last_name = ?', filters.lastName);
  if (filters.referenceId) add('id = ?', filters.referenceId);
  if (filters.processTokenId) add('process_token_id = ?', filters.processTokenId);
  if (filters.parameter) {
    add('process_token_id IN (SELECT id FROM process_tokens WHERE tenant_id = $1 AND parameters @> ?::jsonb)', JSON.stringify({ [filters.parameter.name]: filters.parameter.value }));
  }
  return { where, params };
}

/**
 * One page of the back-office list, newest first, with keyset pagination on (created_dtm, id).
 */
export async function listInstances(
  db: Db,
  tenantId: string,
  filters: InstanceFilters,
  limit: number,
  after?: ListCursor,
): Promise<(InstanceRow & { cursor_dtm: string })[]> {
  const { where, params } = instanceWhere(tenantId, filters);
  if (after) {
    params.push(after.createdDtm, after.id);
    where.push(`(created_dtm, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  params.push(limit);
  const { rows } = await db.query<InstanceRow & { cursor_dtm: string }>(
    `SELECT ${LIST_COLUMNS} FROM instances WHERE ${where.join(' AND ')}
      ORDER BY created_dtm DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return rows;
}

/** The cursor keeps created_dtm to the microsecond (cursor_dtm): a Date's milliseconds would skip rows of the same millisecond. */
export function encodeCursor(row: Pick<InstanceRow, 'created_dtm' | 'id'> & { cursor_dtm?: string }): string {
  return Buffer.from(JSON.stringify([row.cursor_dtm ?? new Date(row.created_dtm).toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): ListCursor | undefined {
  try {
    const [createdDtm, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof createdDtm !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdDtm))) return undefined;
    return { createdDtm, id };
  } catch {
    return undefined;
  }
}
