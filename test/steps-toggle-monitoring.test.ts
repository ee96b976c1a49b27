import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toggleMonitoringStep } from '../src/steps/toggle-monitoring/index.js';
import type { StepContext } from '../src/engine/step-type.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';
import { maryEntity, stepContext } from './helpers/step-context.js';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await t.db.query(`INSERT INTO tenants (id, name) VALUES ('tenant-a', 'A'), ('tenant-b', 'B')`);
  for (const tenant of ['tenant-a', 'tenant-b']) {
    await t.db.query(`INSERT INTO entities (id, tenant_id, data) VALUES ($1, $2, $3::jsonb)`, [
      tenant === 'tenant-a' ? 'ent-mary' : 'ent-other',
      tenant,
      JSON.stringify(maryEntity),
    ]);
  }
});
afterAll(async () => {
  await t?.close();
});

const monitored = async (id: string) =>
  (await t.db.query<{ monitored: boolean }>('SELECT monitored FROM entities WHERE id = $1', [id])).rows[0].monitored;

type Config = { enabled?: boolean };
const run = (config: unknown, over: Partial<StepContext<Config>> = {}) =>
  toggleMonitoringStep.run(
    stepContext<Config>(toggleMonitoringStep.configSchema.parse(config), { db: t.db, stepName: 'TOGGLE_MONITORING', ...over }),
  );

describe('TOGGLE_MONITORING step', () => {
  it('enrols the entity by default, and takes it out with enabled: false', async () => {
    expect(await monitored('ent-mary')).toBe(false);
    const on = await run({});
    expect(on).toEqual({ result: 'COMPLETE', objectType: 'INDIVIDUAL', objectId: 'ent-mary', stepData: { monitored: true } });
    expect(await monitored('ent-mary')).toBe(true);
    const off = await run({ enabled: false });
    expect(off.stepData).toEqual({ monitored: false });
    expect(await monitored('ent-mary')).toBe(false);
  });

  it("fails without retry for an entity the tenant does not have, leaving other tenants' entities alone", async () => {
    await expect(
      run({}, { tenantId: 'tenant-a', entity: { ...maryEntity, entityId: 'ent-other' } }),
    ).rejects.toMatchObject({ code: 'ENTITY_NOT_FOUND', retryable: false });
    expect(await monitored('ent-other')).toBe(false);
  });

  it('rejects a config that is not a boolean switch', () => {
    expect(toggleMonitoringStep.configSchema.safeParse({ enabled: 'yes' }).success).toBe(false);
    expect(toggleMonitoringStep.configSchema.safeParse({ enable: true }).success).toBe(false);
  });
});
