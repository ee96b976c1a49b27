import type { Logger } from 'pino';
import type { Db } from '../store/db.js';
import { createApiKey, createTenant } from '../store/sql/api-keys.js';
import { getDefinitionByName, insertDefinition } from '../store/sql/definitions.js';
import { executeWorkflow } from '../instances/execute-workflow.js';
import type { InstanceDeps } from '../instances/caller.js';
import { newId } from '../domain/ids.js';
import type { StepRegistry } from '../engine/step-registry.js';
import { compileDefinition } from '../workflows/compile-definition.js';
import { DEMO_DEFINITIONS } from './definitions.js';
import { hashPassword, generatePassword } from '../users/password.js';
import { insertUser } from '../users/sql/insert-user.js';
import { seedDemoKycSource } from './kyc-demo-source.js';

export const DEMO_TENANT_ID = 'demo';

/**
 * On an empty database: the demo tenant, its admin key (the given one, or a new one), the back-office
 * user `admin` (the given password, or a generated one) and the demo definitions. Returns the plain key
 * and the generated password, so the caller can print them once.
 */
export async function seedDemo(
  db: Db,
  registry: StepRegistry,
  options: { apiKey?: string; adminPassword?: string; logger?: Logger } = {},
): Promise<{ created: boolean; apiKey?: string; adminPassword?: string }> {
  const existing = await db.query(`SELECT 1 FROM tenants LIMIT 1`);
  if (existing.rowCount > 0) return { created: false, ...(await ensureDemoAdmin(db, options.adminPassword)) };
  const compiled: Array<{ d: (typeof DEMO_DEFINITIONS)[number]; c: Awaited<ReturnType<typeof compileDefinition>> }> = [];
  for (const d of DEMO_DEFINITIONS) compiled.push({ d, c: await compileDefinition({ format: 'json', definition: d.definition }, registry) });
  const adminPassword = options.adminPassword ?? generatePassword();
  const passwordHash = await hashPassword(adminPassword);
  // All or nothing: a failed seed leaves the database empty, so the next start seeds again.
  const key = await db.transaction(async (tx) => {
    await createTenant(tx, 'Demo', DEMO_TENANT_ID);
    const created = await createApiKey(tx, DEMO_TENANT_ID, 'demo-admin', 'admin', options.apiKey);
    await insertUser(tx, { id: newId(), tenantId: DEMO_TENANT_ID, username: 'admin', passwordHash, role: 'admin' });
    for (const { d, c } of compiled) {
      await insertDefinition(tx, {
        id: newId(),
        tenantId: DEMO_TENANT_ID,
        name: d.name,
        version: 1,
        type: d.type,
        format: 'json',
        source: d.definition,
        bpmnXml: c.bpmnXml,
        graph: c.graph,
      });
    }
    await seedDemoKycSource(tx, DEMO_TENANT_ID);
    return created.key;
  });
  return { created: true, apiKey: key, ...(options.adminPassword ? {} : { adminPassword }) };
}

/** A demo database made before back-office users existed gets its `admin` user (once). */
async function ensureDemoAdmin(db: Db, given?: string): Promise<{ adminPassword?: string }> {
  const demo = await db.query(`SELECT 1 FROM tenants WHERE id = $1`, [DEMO_TENANT_ID]);
  const users = await db.query(`SELECT 1 FROM users WHERE tenant_id = $1 OR lower(username) = 'admin' LIMIT 1`, [DEMO_TENANT_ID]);
  if (demo.rowCount === 0 || users.rowCount > 0) return {};
  const adminPassword = given ?? generatePassword();
  await insertUser(db, { id: newId(), tenantId: DEMO_TENANT_ID, username: 'admin', passwordHash: await hashPassword(adminPassword), role: 'admin' });
  return given ? {} : { adminPassword };
}

/** A few finished demo instances, so the list is not empty on first start. */
export async function seedDemoInstances(deps: InstanceDeps): Promise<void> {
  const definition = await getDefinitionByName(deps.db, DEMO_TENANT_ID, 'kyc-basic');
  if (!definition) return;
  const people: Array<[string, string, string]> = [
    ['Mary', 'Testfourteen', '1963-04-02'],
    ['Oliver', 'Smith', '1990-11-23'],
    ['Amira', 'Haddad', '2003-07-15'],
  ];
  for (const [givenName, familyName, dateOfBirth] of people) {
    await executeWorkflow(deps, { tenantId: DEMO_TENANT_ID, actor: 'demo-seed', requestId: newId() }, {
      workflow: { definition },
      individual: { draft: { name: { givenName, familyName }, dateOfBirth } },
      mode: 'sync',
    });
  }
}
