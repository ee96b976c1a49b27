import { Failure } from '../domain/failure.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { loadInstance } from '../store/sql/load-instance.js';
import { encryptedZip } from './encrypted-zip.js';
import { exportStamp } from './export-instances.js';
import { instanceFiles } from './instance-files.js';

/** One instance's files in an AES-256 ZIP; audited with the list of files (never the password). */
export async function exportInstance(
  db: Db,
  tenantId: string,
  instanceId: string,
  password: string,
  by: { actor: string; requestId?: string },
): Promise<{ zip: Uint8Array; fileName: string; files: string[] }> {
  const row = await loadInstance(db, tenantId, instanceId);
  if (!row) throw new Failure('NOT_FOUND', 'NOT_FOUND', `process instance ${instanceId} does not exist (or belongs to another tenant): check the id`);
  const files = await instanceFiles(db, tenantId, row);
  const zip = await encryptedZip(files, password);
  const names = files.map((f) => f.name);
  await appendAudit(db, {
    tenantId,
    actor: by.actor,
    action: 'instance.export',
    targetType: 'process_instance',
    targetId: row.id,
    requestId: by.requestId,
    details: { files: names, bytes: zip.byteLength },
  });
  return { zip, fileName: `process-instance-${row.id}-${exportStamp()}.zip`, files: names };
}
