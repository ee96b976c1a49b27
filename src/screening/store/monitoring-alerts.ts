import { ulid } from 'ulid';
import type { Db } from '../../store/db.js';
import { type HitResolution, recordResolution } from './resolutions.js';

/** A new hit on a monitored entity, found when a list version added or changed the entry it matches. */
export interface MonitoringAlert {
  id: string;
  tenantId: string;
  entityId: string;
  versionId: string;
  source: string;
  sourceId: string;
  contentHash: string;
  change: 'added' | 'changed';
  matchedName: string;
  score: number;
  /** URGENT for a strong match, REVIEW for one to look at (workflow status vocabulary). */
  outcome: 'URGENT' | 'REVIEW';
  status: 'OPEN' | 'RESOLVED';
  details: Record<string, unknown>;
  createdAt: string;
  /** Set when a reviewer resolved the alert. */
  resolution?: HitResolution;
  resolvedBy?: string;
  resolvedAt?: string;
  comment?: string;
}

export type NewAlert = Omit<MonitoringAlert, 'id' | 'status' | 'createdAt' | 'resolution' | 'resolvedBy' | 'resolvedAt' | 'comment'>;

interface AlertRow {
  id: string; tenant_id: string; entity_id: string; version_id: string; source: string; source_id: string; content_hash: string;
  change: 'added' | 'changed'; matched_name: string; score: number; outcome: 'URGENT' | 'REVIEW'; status: 'OPEN' | 'RESOLVED';
  details: Record<string, unknown>; created_at: Date | string;
  resolution: HitResolution | null; resolved_by: string | null; resolved_at: Date | string | null; comment: string | null;
}

const toAlert = (r: AlertRow): MonitoringAlert => ({
  id: r.id, tenantId: r.tenant_id, entityId: r.entity_id, versionId: r.version_id, source: r.source, sourceId: r.source_id,
  contentHash: r.content_hash, change: r.change, matchedName: r.matched_name, score: Number(r.score), outcome: r.outcome,
  status: r.status, details: r.details, createdAt: new Date(r.created_at).toISOString(),
  ...(r.resolution ? { resolution: r.resolution } : {}),
  ...(r.resolved_by ? { resolvedBy: r.resolved_by } : {}),
  ...(r.resolved_at ? { resolvedAt: new Date(r.resolved_at).toISOString() } : {}),
  ...(r.comment ? { comment: r.comment } : {}),
});

/** Records alerts; one already raised for the same entity, version and entry is not raised twice. Returns those written. */
export async function insertAlerts(db: Db, alerts: NewAlert[]): Promise<MonitoringAlert[]> {
  if (alerts.length === 0) return [];
  const rows = alerts.map((a) => ({
    id: ulid(), tenant_id: a.tenantId, entity_id: a.entityId, version_id: a.versionId, source: a.source, source_id: a.sourceId,
    content_hash: a.contentHash, change: a.change, matched_name: a.matchedName, score: a.score, outcome: a.outcome, details: a.details,
  }));
  const { rows: written } = await db.query<AlertRow>(
    `INSERT INTO screening_monitoring_alerts
       (id, tenant_id, entity_id, version_id, source, source_id, content_hash, change, matched_name, score, outcome, details)
     SELECT x.id, x.tenant_id, x.entity_id, x.version_id, x.source, x.source_id, x.content_hash, x.change, x.matched_name, x.score, x.outcome, x.details
       FROM json_to_recordset($1::json) AS x(id text, tenant_id text, entity_id text, version_id text, source text, source_id text,
            content_hash text, change text, matched_name text, score real, outcome text, details jsonb)
     ON CONFLICT (tenant_id, entity_id, version_id, source_id) DO NOTHING
     RETURNING *`,
    [JSON.stringify(rows)],
  );
  return written.map(toAlert);
}

/** A tenant's monitoring alerts, newest first (optionally only OPEN or RESOLVED ones, or one entity's). */
export async function listAlerts(
  db: Db,
  tenantId: string,
  filter: { status?: 'OPEN' | 'RESOLVED'; entityId?: string; limit?: number } = {},
): Promise<MonitoringAlert[]> {
  const { rows } = await db.query<AlertRow>(
    `SELECT * FROM screening_monitoring_alerts
      WHERE tenant_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR entity_id = $3)
      ORDER BY created_at DESC, id DESC LIMIT $4`,
    [tenantId, filter.status ?? null, filter.entityId ?? null, filter.limit ?? 100],
  );
  return rows.map(toAlert);
}

export type ResolveAlertResult = { alert: MonitoringAlert } | { error: 'not-found' | 'already-resolved' };

/**
 * A reviewer's resolution of an open alert, in one transaction: the alert is RESOLVED, and the hit's resolution
 * is recorded for the entity, so that a false positive is not raised again while the list entry is unchanged.
 */
export async function resolveAlert(
  db: Db,
  tenantId: string,
  alertId: string,
  resolution: HitResolution,
  resolvedBy: string,
  comment?: string,
): Promise<ResolveAlertResult> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<AlertRow>(
      `UPDATE screening_monitoring_alerts SET status = 'RESOLVED', resolution = $3, resolved_by = $4, resolved_at = now(), comment = $5
        WHERE tenant_id = $1 AND id = $2 AND status = 'OPEN' RETURNING *`,
      [tenantId, alertId, resolution, resolvedBy, comment ?? null],
    );
    if (rows.length === 0) {
      const known = await tx.query('SELECT 1 FROM screening_monitoring_alerts WHERE tenant_id = $1 AND id = $2', [tenantId, alertId]);
      return { error: known.rowCount > 0 ? 'already-resolved' : 'not-found' };
    }
    const alert = toAlert(rows[0]);
    await recordResolution(tx, {
      tenantId, entityId: alert.entityId, source: alert.source, sourceId: alert.sourceId, contentHash: alert.contentHash, resolution, resolvedBy,
    });
    return { alert };
  });
}
