import { newId } from '../engine/ids.js';
import { instanceHeader } from '../engine/instance-record.js';
import type { InstanceFilterInput } from '../search/instance-filters.js';
import { toInstanceFilters } from '../search/instance-filters.js';
import { assertSearchableParameter } from '../search/parameter-names.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { countInstances } from '../store/sql/count-instances.js';
import { listInstances } from '../store/sql/list-instances.js';
import { EXPORT_COLUMNS, toCsv, type ExportColumn } from './csv.js';
import { encryptedZip } from './encrypted-zip.js';
import { EXPORT_LIMIT, exportLimitExceeded } from './export-limit.js';

export interface BulkExport {
  zip: Uint8Array;
  fileName: string;
  count: number;
}

/** `process-instances-20260131T120000Z.zip` */
export const exportStamp = (at = new Date()) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * Every instance the list's filters match (newest first) as `process-instances.csv` in an AES-256 ZIP.
 * More than EXPORT_LIMIT matches exports nothing. The export is audited: who, the filters, the count
 * (never the password).
 */
export async function exportInstances(
  db: Db,
  tenantId: string,
  filters: InstanceFilterInput,
  password: string,
  by: { actor: string; requestId?: string },
): Promise<BulkExport> {
  if (filters.paramName !== undefined) await assertSearchableParameter(db, tenantId, filters.paramName);
  const where = toInstanceFilters(filters);
  const rows = await listInstances(db, tenantId, where, EXPORT_LIMIT + 1);
  if (rows.length > EXPORT_LIMIT) throw exportLimitExceeded(await countInstances(db, tenantId, where));
  const records = rows.map((row) => {
    const h = instanceHeader(row);
    const record: Record<ExportColumn, string | number | null> = { Id: h.id, ...pickColumns(h) };
    return record;
  });
  const zip = await encryptedZip([{ name: 'process-instances.csv', data: toCsv(EXPORT_COLUMNS, records) }], password);
  const exportId = newId();
  await appendAudit(db, {
    tenantId,
    actor: by.actor,
    action: 'instances.export',
    targetType: 'export',
    targetId: exportId,
    requestId: by.requestId,
    details: { filters: { ...filters }, count: records.length, bytes: zip.byteLength },
  });
  return { zip, fileName: `process-instances-${exportStamp()}.zip`, count: records.length };
}

type Header = ReturnType<typeof instanceHeader>;
function pickColumns(h: Header): Omit<Record<ExportColumn, string | number | null>, 'Id'> {
  return {
    tenantId: h.tenantId,
    processDefnId: h.processDefnId,
    processDefnName: h.processDefnName,
    processDefnVersion: h.processDefnVersion,
    processDefinitionType: h.processDefinitionType,
    processTokenId: h.processTokenId,
    processTokenCounter: h.processTokenCounter,
    status: h.status,
    processServerId: h.processServerId,
    createdDtm: h.createdDtm,
    lastUpdatedDtm: h.lastUpdatedDtm,
    expiringDtm: h.expiringDtm,
    completedDtm: h.completedDtm,
    elapsedMilliseconds: h.elapsedMilliseconds,
    extId: h.extId,
    lastName: h.lastName,
    firstName: h.firstName,
    dateOfBirth: h.dateOfBirth,
    phoneNumber: h.phoneNumber,
    email: h.email,
    nationality: h.nationality,
    reviewedBy: h.reviewedBy,
    docNum: h.docNum,
  };
}
