import type { Db } from '../../store/db.js';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from '../review-settings.js';
import type { InstanceStatus } from '../../domain/index.js';

export async function loadReviewSettings(db: Db, tenantId: string): Promise<ReviewSettings> {
  const { rows } = await db.query<{ four_eyes_enabled: boolean; four_eyes_statuses: InstanceStatus[] }>(
    `SELECT four_eyes_enabled, four_eyes_statuses FROM tenant_review_settings WHERE tenant_id = $1`,
    [tenantId],
  );
  const r = rows[0];
  return r ? { fourEyes: { enabled: r.four_eyes_enabled, statuses: r.four_eyes_statuses } } : DEFAULT_REVIEW_SETTINGS;
}

export async function saveReviewSettings(db: Db, tenantId: string, settings: ReviewSettings, by: string): Promise<void> {
  await db.query(
    `INSERT INTO tenant_review_settings (tenant_id, four_eyes_enabled, four_eyes_statuses, updated_by) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (tenant_id) DO UPDATE SET four_eyes_enabled = EXCLUDED.four_eyes_enabled, four_eyes_statuses = EXCLUDED.four_eyes_statuses,
       updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [tenantId, settings.fourEyes.enabled, JSON.stringify([...new Set(settings.fourEyes.statuses)]), by],
  );
}
