import type { Db } from '../db.js';
import type { ProcessResult } from '../../domain/index.js';

/** Sets a reviewer's manualStatus on a PRO of an instance; returns the updated PRO. */
export async function setProcessResultManualStatus(
  db: Db,
  tenantId: string,
  instanceId: string,
  proId: string,
  manualStatus: string,
  by: string,
): Promise<ProcessResult | undefined> {
  const { rows } = await db.query<{ data: ProcessResult; manual_status: string; updated_at: Date; updated_by: string; system_status: string }>(
    `UPDATE process_results SET manual_status = $4, updated_by = $5, updated_at = now()
      WHERE tenant_id = $1 AND instance_id = $2 AND id = $3
      RETURNING data, manual_status, updated_at, updated_by, system_status`,
    [tenantId, instanceId, proId, manualStatus, by],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    ...r.data,
    manualStatus: r.manual_status as ProcessResult['manualStatus'],
    systemStatus: r.system_status as ProcessResult['systemStatus'],
    updatedAt: new Date(r.updated_at).toISOString(),
    updatedBy: r.updated_by,
  };
}
