import { instanceHeader, type InstanceHeader } from '../engine/instance-record.js';
import type { Db } from '../store/db.js';
import { definitionVersions, instanceCountsByStatus, lastRunInstances } from './sql/overview-queries.js';

export interface DefinitionOverview {
  name: string;
  type: string;
  latestVersion: { id: string; version: number };
  versions: Array<{ id: string; version: number; createdAt: string; used: boolean }>;
  instanceCount: number;
  countsByStatus: Record<string, number>;
  lastRunInstances: InstanceHeader[];
}

/** Each definition with its versions, its instance counts by status and its last-run instances (newest first). */
export async function definitionsOverview(db: Db, tenantId: string, lastRuns = 5): Promise<DefinitionOverview[]> {
  const [versions, counts, runs] = await Promise.all([definitionVersions(db, tenantId), instanceCountsByStatus(db, tenantId), lastRunInstances(db, tenantId, lastRuns)]);
  const byName = new Map<string, DefinitionOverview>();
  for (const v of versions) {
    const entry = byName.get(v.name) ?? { name: v.name, type: v.type, latestVersion: { id: v.id, version: v.version }, versions: [], instanceCount: 0, countsByStatus: {}, lastRunInstances: [] };
    entry.versions.push({ id: v.id, version: v.version, createdAt: new Date(v.created_at).toISOString(), used: v.used });
    if (v.version >= entry.latestVersion.version) {
      entry.latestVersion = { id: v.id, version: v.version };
      entry.type = v.type;
    }
    byName.set(v.name, entry);
  }
  for (const c of counts) {
    const entry = byName.get(c.name);
    if (!entry) continue;
    entry.countsByStatus[c.status] = c.n;
    entry.instanceCount += c.n;
  }
  for (const row of runs) byName.get(row.process_defn_name)?.lastRunInstances.push(instanceHeader(row));
  for (const entry of byName.values()) entry.lastRunInstances.sort((a, b) => (a.createdDtm < b.createdDtm ? 1 : a.createdDtm > b.createdDtm ? -1 : b.id.localeCompare(a.id)));
  return [...byName.values()];
}
