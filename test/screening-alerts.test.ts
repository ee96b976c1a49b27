import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Individual } from '../src/domain/index.js';
import { rescreenMonitored } from '../src/screening/monitoring/rescreen-monitored.js';
import { importListVersion } from '../src/screening/store/import-list-version.js';
import type { ListEntity } from '../src/screening/types.js';
import { createApiKey } from '../src/store/sql/api-keys.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

const listed = (sourceId: string, name: string, extra: Partial<ListEntity> = {}): ListEntity => ({
  source: 'ofac-sdn', sourceId, type: 'person', names: [{ name, kind: 'primary' }], birthDates: [], countries: [], programs: ['TEST'], identifiers: [], ...extra,
});
const ivan: Omit<Individual, 'entityId'> = { entityType: 'INDIVIDUAL', name: { givenName: 'Ivan', familyName: 'Petrov', displayName: 'IVAN PETROV' }, dateOfBirth: '1970-01-02' };

let t: TestApp;
let n = 0;
const importAndRescreen = async (entities: ListEntity[]) => {
  const { version } = await importListVersion(t.testDb.db, { source: 'ofac-sdn', format: 'ofac-sdn', sha256: String(++n).repeat(64).slice(0, 64), entities, problems: [] }, { allowShrink: true });
  return rescreenMonitored(t.testDb.db, version.id);
};

beforeAll(async () => {
  t = await createTestApp();
  await t.testDb.db.query('INSERT INTO entities (id, tenant_id, data, monitored) VALUES ($1, $2, $3::jsonb, true)', ['ent-ivan', t.tenantA, JSON.stringify(ivan)]);
});
afterAll(async () => {
  await t?.close();
});

describe('PATCH /api/v1/screening/alerts/:id', () => {
  let alertId: string;

  beforeAll(async () => {
    const outcome = await importAndRescreen([listed('100', 'PETROV, Ivan', { birthDates: ['1970-01-02'] })]);
    expect(outcome.alerts).toHaveLength(1);
    alertId = outcome.alerts[0].id;
  });

  it('needs the reviewer role and keeps tenants apart', async () => {
    const viewer = (await createApiKey(t.testDb.db, t.tenantA, 'viewer', 'viewer')).key;
    const asViewer = await t.call('PATCH', `/api/v1/screening/alerts/${alertId}`, { resolution: 'FALSE_POSITIVE' }, {}, viewer);
    expect(asViewer.status).toBe(403);
    const otherTenant = await t.call('PATCH', `/api/v1/screening/alerts/${alertId}`, { resolution: 'FALSE_POSITIVE' }, {}, t.keyB);
    expect(otherTenant.status).toBe(404);
    expect((await t.call('GET', '/api/v1/screening/alerts?status=OPEN')).body.alerts.map((a: { id: string }) => a.id)).toEqual([alertId]);
  });

  it('resolves an open alert once, names the reviewer and writes the audit log', async () => {
    const res = await t.call('PATCH', `/api/v1/screening/alerts/${alertId}`, { resolution: 'FALSE_POSITIVE', comment: 'different date of birth on file' }, { 'x-username': 'alice' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: alertId, status: 'RESOLVED', resolution: 'FALSE_POSITIVE', resolvedBy: 'alice', comment: 'different date of birth on file', resolvedAt: expect.any(String) });
    const again = await t.call('PATCH', `/api/v1/screening/alerts/${alertId}`, { resolution: 'TRUE_POSITIVE' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALERT_ALREADY_RESOLVED');
    expect((await t.call('GET', '/api/v1/screening/alerts?status=OPEN')).body.alerts).toEqual([]);
    expect((await t.call('GET', '/api/v1/screening/alerts?status=RESOLVED')).body.alerts).toEqual([expect.objectContaining({ id: alertId, resolution: 'FALSE_POSITIVE' })]);
    const { rows } = await t.testDb.db.query('SELECT actor, target_id FROM audit_log WHERE action = $1', ['screening.alert_resolve']);
    expect(rows).toEqual([{ actor: 'alice', target_id: alertId }]);
  });

  it('does not raise a false positive again while the entry is unchanged, and does once it changes', async () => {
    await importAndRescreen([listed('1', 'SMITH, John')]);
    expect((await importAndRescreen([listed('1', 'SMITH, John'), listed('100', 'PETROV, Ivan', { birthDates: ['1970-01-02'] })])).alerts).toEqual([]);
    const changed = await importAndRescreen([listed('1', 'SMITH, John'), listed('100', 'PETROV, Ivan', { birthDates: ['1970-01-02'], countries: ['RU'] })]);
    expect(changed.alerts.map((a) => [a.entityId, a.sourceId, a.change])).toEqual([['ent-ivan', '100', 'changed']]);
  });
});
