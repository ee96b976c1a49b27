import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, seedDemo, seedDemoInstances } from '../src/demo/seed.js';
import { createRuntime, type Runtime } from '../src/runtime.js';
import { findApiKey } from '../src/store/sql/api-keys.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';

let testDb: TestDb;
let runtime: Runtime;
beforeAll(async () => {
  testDb = await createTestDb();
  runtime = await createRuntime(testDb.db);
});
afterAll(async () => {
  await runtime?.worker.stop();
  await testDb?.close();
});

describe('demo data', () => {
  it('seeds an empty database once: tenant, the given admin key, every demo definition, finished instances', async () => {
    const seeded = await seedDemo(testDb.db, runtime.registry, { apiKey: 'idf_demo_key_for_tests_0001' });
    expect(seeded).toEqual({ created: true, apiKey: 'idf_demo_key_for_tests_0001' });
    expect((await findApiKey(testDb.db, 'idf_demo_key_for_tests_0001'))?.tenantId).toBe(DEMO_TENANT_ID);
    const defs = await testDb.db.query<{ name: string }>(`SELECT name FROM definitions WHERE tenant_id = $1 ORDER BY name`, [DEMO_TENANT_ID]);
    expect(defs.rows.map((d) => d.name)).toEqual(['document-check', 'kyc-aml', 'kyc-basic', 'kyc-govid', 'uk-right-to-work']);
    await seedDemoInstances(runtime);
    const done = await testDb.db.query<{ status: string }>(`SELECT status FROM instances WHERE tenant_id = $1`, [DEMO_TENANT_ID]);
    expect(done.rows.map((r) => r.status)).toEqual(['COMPLETED_ENDED_SUCCESS', 'COMPLETED_ENDED_SUCCESS', 'COMPLETED_ENDED_SUCCESS']);
    expect(await seedDemo(testDb.db, runtime.registry)).toEqual({ created: false });
  });
});
