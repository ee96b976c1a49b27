import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, seedDemo, seedDemoInstances } from '../src/demo/seed.js';
import { createRuntime, type Runtime } from '../src/runtime.js';
import { findApiKey } from '../src/store/sql/api-keys.js';
import { findUserByUsername } from '../src/users/sql/find-users.js';
import { verifyPassword } from '../src/users/password.js';
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
    expect(seeded).toMatchObject({ created: true, apiKey: 'idf_demo_key_for_tests_0001' });
    // The back-office user admin, with a generated password that signs in.
    expect(seeded.adminPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const admin = await findUserByUsername(testDb.db, 'admin');
    expect(admin).toMatchObject({ tenant_id: DEMO_TENANT_ID, role: 'admin', disabled: false });
    expect(await verifyPassword(seeded.adminPassword!, admin!.password_hash)).toBe(true);
    expect((await findApiKey(testDb.db, 'idf_demo_key_for_tests_0001'))?.tenantId).toBe(DEMO_TENANT_ID);
    const defs = await testDb.db.query<{ name: string }>(`SELECT name FROM definitions WHERE tenant_id = $1 ORDER BY name`, [DEMO_TENANT_ID]);
    expect(defs.rows.map((d) => d.name)).toEqual(['document-check', 'kyc-aml', 'kyc-basic', 'kyc-govid', 'uk-right-to-work']);
    await seedDemoInstances(runtime);
    const done = await testDb.db.query<{ status: string }>(`SELECT status FROM instances WHERE tenant_id = $1`, [DEMO_TENANT_ID]);
    expect(done.rows.map((r) => r.status)).toEqual(['COMPLETED_ENDED_SUCCESS', 'COMPLETED_ENDED_SUCCESS', 'COMPLETED_ENDED_SUCCESS']);
    expect(await seedDemo(testDb.db, runtime.registry)).toEqual({ created: false });
    // A demo database from before back-office users gets its admin user on the next demo start.
    await testDb.db.query(`DELETE FROM users WHERE tenant_id = $1`, [DEMO_TENANT_ID]);
    const upgraded = await seedDemo(testDb.db, runtime.registry, { adminPassword: 'chosen-admin-password' });
    expect(upgraded).toEqual({ created: false });
    expect(await verifyPassword('chosen-admin-password', (await findUserByUsername(testDb.db, 'admin'))!.password_hash)).toBe(true);
    expect(await seedDemo(testDb.db, runtime.registry)).toEqual({ created: false });
  });
});
