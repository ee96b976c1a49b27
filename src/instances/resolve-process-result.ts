import { notFound, type ProManualStatus } from '../domain/index.js';
import { recordResolution } from '../screening/store/resolutions.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import { setProcessResultManualStatus } from '../store/sql/process-results.js';
import type { Caller } from './caller.js';

/**
 * A reviewer's verdict on one process result object (e.g. an AML hit as TRUE_POSITIVE or FALSE_POSITIVE).
 * An AML verdict is also remembered for the entity, so a false positive is not raised again unless the
 * list entry changes. One transaction, audit entry included.
 */
export async function resolveProcessResult(db: Db, caller: Caller, instanceId: string, proId: string, verdict: { manualStatus: ProManualStatus; comment?: string }) {
  return db.transaction(async (tx) => {
    const pro = await setProcessResultManualStatus(tx, caller.tenantId, instanceId, proId, verdict.manualStatus, caller.actor);
    if (!pro) throw notFound('process result', proId);
    const contentHash = pro.supplementaryData?.contentHash;
    if (pro.class === 'AML' && (verdict.manualStatus === 'FALSE_POSITIVE' || verdict.manualStatus === 'TRUE_POSITIVE') && typeof contentHash === 'string') {
      await recordResolution(tx, {
        tenantId: caller.tenantId,
        entityId: pro.entityId,
        source: pro.providerResult.source ?? '',
        sourceId: pro.providerResult.reference ?? '',
        contentHash,
        resolution: verdict.manualStatus,
        processResultId: pro.processResultId,
        resolvedBy: caller.actor,
      });
    }
    await appendAudit(tx, {
      tenantId: caller.tenantId,
      actor: caller.actor,
      action: 'process_result.resolve',
      targetType: 'process_result',
      targetId: proId,
      requestId: caller.requestId,
      details: { instanceId, manualStatus: verdict.manualStatus, comment: verdict.comment ?? null },
    });
    return pro;
  });
}
