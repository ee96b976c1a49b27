import type { Individual } from '../domain/index.js';
import { type IndexView, screenSubject, withoutResolved } from '../steps/aml/screen-subject.js';
import { screeningSubject } from '../steps/aml/subject.js';
import type { Db } from '../store/db.js';
import { buildScreeningIndex, DEFAULT_THRESHOLD } from '../screening/matcher.js';
import { loadChangedEntities } from '../screening/store/get-diff.js';
import { type MonitoringAlert, type NewAlert, insertAlerts } from '../screening/store/monitoring-alerts.js';
import { entryKey, loadFalsePositives } from '../screening/store/resolutions.js';

/** Monitored entities read per query. */
const PAGE = 500;

export interface RescreenOutcome {
  versionId: string;
  /** Entries the version added or changed: the only ones screened against. */
  changedEntries: number;
  monitoredEntities: number;
  alerts: MonitoringAlert[];
}

interface ChangesView {
  view: IndexView;
  change: Map<string, 'added' | 'changed'>;
  hash: Map<string, string>;
}

async function viewOfChanges(db: Db, versionId: string): Promise<ChangesView | undefined> {
  const version = await db.query<{ source: string }>('SELECT source FROM screening_list_versions WHERE id = $1', [versionId]);
  if (version.rowCount === 0) return undefined;
  const changed = await loadChangedEntities(db, versionId);
  if (changed.length === 0) return undefined;
  const listSource = version.rows[0].source;
  const change = new Map<string, 'added' | 'changed'>();
  const hash = new Map<string, string>();
  const versionBySource = new Map<string, string>();
  for (const c of changed) {
    const key = entryKey(c.entity.source, c.entity.sourceId);
    change.set(key, c.change);
    hash.set(key, c.contentHash);
    versionBySource.set(c.entity.source, versionId);
  }
  const index = buildScreeningIndex(changed.map((c) => c.entity));
  return { view: { index, versions: [{ id: versionId, source: listSource }], versionBySource }, change, hash };
}

/**
 * Re-screens every monitored entity (of every tenant) against only the entries a list version added or
 * changed, and records a new alert per hit: URGENT for a strong match, REVIEW otherwise. Entries resolved as
 * false positives for an entity are skipped while unchanged. Running it twice for one version raises nothing new.
 */
export async function rescreenMonitored(db: Db, versionId: string, options: { threshold?: number } = {}): Promise<RescreenOutcome> {
  const outcome: RescreenOutcome = { versionId, changedEntries: 0, monitoredEntities: 0, alerts: [] };
  const monitored = await db.query('SELECT 1 FROM entities WHERE monitored LIMIT 1');
  if (monitored.rowCount === 0) {
    // Nobody to re-screen: say how many entries there were without building an index over them.
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM screening_list_changes WHERE version_id = $1 AND change IN ('added', 'changed')`,
      [versionId],
    );
    return { ...outcome, changedEntries: rows[0]?.n ?? 0 };
  }
  const changes = await viewOfChanges(db, versionId);
  if (!changes) return outcome;
  outcome.changedEntries = changes.change.size;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  let after = '';
  for (;;) {
    const { rows } = await db.query<{ id: string; tenant_id: string; data: Omit<Individual, 'entityId'> }>(
      'SELECT id, tenant_id, data FROM entities WHERE monitored AND id > $1 ORDER BY id LIMIT $2',
      [after, PAGE],
    );
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    outcome.monitoredEntities += rows.length;
    const alerts: NewAlert[] = [];
    for (const tenantId of new Set(rows.map((r) => r.tenant_id))) {
      const own = rows.filter((r) => r.tenant_id === tenantId);
      const falsePositives = await loadFalsePositives(db, tenantId, own.map((r) => r.id));
      for (const row of own) {
        const subject = screeningSubject({ ...row.data, entityId: row.id });
        if (subject.names.length === 0) continue;
        const hashOf = (h: { hit: { source: string; sourceId: string } }) => changes.hash.get(entryKey(h.hit.source, h.hit.sourceId));
        const found = screenSubject(changes.view, subject, { threshold });
        const { raise } = withoutResolved(found, falsePositives.get(row.id), hashOf);
        for (const h of raise) {
          const { hit, queryName, listSource } = h;
          alerts.push({
            tenantId, entityId: row.id, versionId, source: hit.source, sourceId: hit.sourceId, contentHash: hashOf(h) ?? '',
            change: changes.change.get(entryKey(hit.source, hit.sourceId)) ?? 'added', matchedName: hit.matchedName, score: hit.score,
            outcome: hit.band === 'strong' ? 'URGENT' : 'REVIEW',
            details: { queryName, listSource, listEntityName: hit.name, explanation: hit.explanation },
          });
        }
      }
    }
    outcome.alerts.push(...(await insertAlerts(db, alerts)));
  }
  return outcome;
}
