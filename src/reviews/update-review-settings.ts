import type { Db } from '../store/db.js';
import { appendAudit } from '../store/sql/append-audit.js';
import type { ReviewSettings } from './review-settings.js';
import { loadReviewSettings, saveReviewSettings } from './sql/review-settings.js';

/** Saves the tenant's four-eyes setting; the change (before and after) is audited in the same transaction. */
export async function updateReviewSettings(db: Db, tenantId: string, settings: ReviewSettings, by: { actor: string; requestId?: string }): Promise<ReviewSettings> {
  return db.transaction(async (tx) => {
    const before = await loadReviewSettings(tx, tenantId);
    await saveReviewSettings(tx, tenantId, settings, by.actor);
    const after = await loadReviewSettings(tx, tenantId);
    await appendAudit(tx, { tenantId, actor: by.actor, action: 'settings.review_update', targetType: 'tenant', targetId: tenantId, requestId: by.requestId, details: { before, after } });
    return after;
  });
}
