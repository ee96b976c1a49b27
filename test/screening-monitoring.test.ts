import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Individual } from '../src/domain/index.js';
import { rescreenMonitored } from '../src/instances/rescreen-monitored.js';
import { importListVersion } from '../src/screening/store/import-list-version.js';
import { listAlerts } from '../src/screening/store/monitoring-alerts.js';
import { recordResolution } from '../src/screening/store/resolutions.js';
import type { ListEntity } from '../src/screening/types.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';

const listed = (sourceId: string, name: string, extra: Partial<ListEntity> = {}): ListEntity => ({
  source: 'ofac-sdn', sourceId, type: 'person', names: [{ name, kind: 'primary' }], birthDates: [], countries: [], programs: ['TEST'], identifiers: [], ...extra,
});
const person = (id: string, given: string, family: string, dob?: string): Individual => ({
  entityId: id, entityType: 'INDIVIDUAL', name: { givenName: given, familyName: family, displayName: `${given} ${family}`.toUpperCase() }, ...(dob ? { dateOfBirth: dob } : {}),
});

let t: TestDb;
let n = 0;
const importVersion = (entities: ListEntity[]) =>
  importListVersion(t.db, { source: 'ofac-sdn', format: 'ofac-sdn', sha256: String(++n % 10).repeat(64), entities, problems: [] }, { allowShrink: true }).then((r) => r.version);

beforeAll(async () => {
  t = await createTestDb();
  await t.db.query(`INSERT INTO tenants (id, name) VALUES ('tenant-a', 'A'), ('tenant-b', 'B')`);
  const rows: Array<[string, string, Individual, boolean]> = [
    ['ent-ivan', 'tenant-a', person('ent-ivan', 'Ivan', 'Petrov', '1970-01-02'), true],
    ['ent-mary', 'tenant-a', person('ent-mary', 'Mary', 'Testfourteen'), true],
    ['ent-omar', 'tenant-b', person('ent-omar', 'Omar', 'Al-Hassan'), false],
  ];
  for (const [id, tenant, data, monitored] of rows) {
    await t.db.query('INSERT INTO entities (id, tenant_id, data, monitored) VALUES ($1, $2, $3::jsonb, $4)', [id, tenant, JSON.stringify(data), monitored]);
  }
});
afterAll(async () => {
  await t?.close();
});

describe('ongoing monitoring', () => {
  it('screens monitored entities against a first version (everything in it is added)', async () => {
    const v1 = await importVersion([listed('1', 'TESTFOURTEEN, Mary'), listed('2', 'SMITH, John')]);
    const outcome = await rescreenMonitored(t.db, v1.id);
    expect(outcome).toMatchObject({ changedEntries: 2, monitoredEntities: 2 });
    expect(outcome.alerts.map((a) => [a.entityId, a.sourceId, a.change])).toEqual([['ent-mary', '1', 'added']]);
  });

  it('raises new hits from the added and changed entries only, never for unmonitored entities', async () => {
    const v2 = await importVersion([
      listed('1', 'TESTFOURTEEN, Mary'),
      listed('2', 'SMITH, John', { birthDates: ['1950'] }),
      listed('100', 'PETROV, Ivan', { birthDates: ['1970-01-02'] }),
      listed('200', 'AL-HASSAN, Omar'),
    ]);
    expect(v2.diff).toEqual({ added: 2, removed: 0, changed: 1 });
    const outcome = await rescreenMonitored(t.db, v2.id);
    expect(outcome.changedEntries).toBe(3);
    expect(outcome.alerts).toHaveLength(1);
    expect(outcome.alerts[0]).toMatchObject({
      tenantId: 'tenant-a', entityId: 'ent-ivan', versionId: v2.id, source: 'ofac-sdn', sourceId: '100', change: 'added',
      matchedName: 'PETROV, Ivan', outcome: 'URGENT', status: 'OPEN',
    });
    expect(outcome.alerts[0].score).toBeGreaterThanOrEqual(0.92);
    expect((await rescreenMonitored(t.db, v2.id)).alerts).toEqual([]);
    expect((await listAlerts(t.db, 'tenant-a')).map((a) => a.sourceId)).toEqual(['100', '1']);
    expect(await listAlerts(t.db, 'tenant-b')).toEqual([]);
  });

  it('does not raise an entry resolved as false positive unless it changed', async () => {
    const [alert] = await listAlerts(t.db, 'tenant-a', { entityId: 'ent-ivan' });
    await recordResolution(t.db, {
      tenantId: 'tenant-a', entityId: 'ent-ivan', source: 'ofac-sdn', sourceId: '100', contentHash: alert.contentHash, resolution: 'FALSE_POSITIVE',
    });
    // The entry comes back unchanged after a version without it: it is "added" again, with the resolved hash.
    const v3 = await importVersion([listed('1', 'TESTFOURTEEN, Mary')]);
    expect(v3.diff.removed).toBe(3);
    const v4 = await importVersion([listed('1', 'TESTFOURTEEN, Mary'), listed('100', 'PETROV, Ivan', { birthDates: ['1970-01-02'] })]);
    expect((await rescreenMonitored(t.db, v4.id)).alerts).toEqual([]);
    const v5 = await importVersion([listed('1', 'TESTFOURTEEN, Mary'), listed('100', 'PETROV, Ivan', { birthDates: ['1970-01-02'], countries: ['RU'] })]);
    const outcome = await rescreenMonitored(t.db, v5.id);
    expect(outcome.alerts.map((a) => [a.entityId, a.sourceId, a.change])).toEqual([['ent-ivan', '100', 'changed']]);
  });

  it('does nothing for a version that added and changed nothing', async () => {
    const v6 = await importVersion([listed('1', 'TESTFOURTEEN, Mary')]);
    expect(await rescreenMonitored(t.db, v6.id)).toMatchObject({ changedEntries: 0, monitoredEntities: 0, alerts: [] });
  });
});
