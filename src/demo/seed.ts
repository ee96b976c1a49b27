import type { Logger } from 'pino';
import type { Db } from '../store/db.js';
import { createApiKey, createTenant } from '../store/sql/api-keys.js';
import { getDefinitionByName, insertDefinition } from '../store/sql/definitions.js';
import { upsertEntity } from '../store/sql/entities.js';
import { applicantOf, startExecution } from '../engine/executions.js';
import type { Individual } from '../domain/index.js';
import { newId } from '../engine/ids.js';
import type { StepRegistry } from '../engine/step-registry.js';
import { compileDefinition } from '../workflows/compile-definition.js';
import { DEMO_DEFINITIONS } from './definitions.js';
import { seedDemoKycSource } from './kyc-demo-source.js';

export const DEMO_TENANT_ID = 'demo';

/**
 * On an empty database: the demo tenant, its admin key (the given one, or a new one) and the demo
 * definitions. Returns the plain key when it created one, so the caller can print it once.
 */
export async function seedDemo(db: Db, registry: StepRegistry, options: { apiKey?: string; logger?: Logger } = {}): Promise<{ created: boolean; apiKey?: string }> {
  const existing = await db.query(`SELECT 1 FROM tenants LIMIT 1`);
  if (existing.rowCount > 0) return { created: false };
  const compiled: Array<{ d: (typeof DEMO_DEFINITIONS)[number]; c: Awaited<ReturnType<typeof compileDefinition>> }> = [];
  for (const d of DEMO_DEFINITIONS) compiled.push({ d, c: await compileDefinition({ format: 'json', definition: d.definition }, registry) });
  // All or nothing: a failed seed leaves the database empty, so the next start seeds again.
  const key = await db.transaction(async (tx) => {
    await createTenant(tx, 'Demo', DEMO_TENANT_ID);
    const created = await createApiKey(tx, DEMO_TENANT_ID, 'demo-admin', 'admin', options.apiKey);
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
  return { created: true, apiKey: key };
}

/** A few finished demo instances, so the list is not empty on first start. */
export async function seedDemoInstances(runtime: { db: Db; worker: import('../engine/worker.js').Worker }): Promise<void> {
  const definition = await getDefinitionByName(runtime.db, DEMO_TENANT_ID, 'kyc-basic');
  if (!definition) return;
  const people: Array<[string, string, string]> = [
    ['Mary', 'Testfourteen', '1963-04-02'],
    ['Oliver', 'Smith', '1990-11-23'],
    ['Amira', 'Haddad', '2003-07-15'],
  ];
  for (const [givenName, familyName, dateOfBirth] of people) {
    const entity: Individual = { entityId: newId(), entityType: 'INDIVIDUAL', name: { givenName, familyName, displayName: `${givenName} ${familyName}` }, dateOfBirth };
    await upsertEntity(runtime.db, DEMO_TENANT_ID, entity);
    await startExecution(runtime.db, runtime.worker, {
      tenantId: DEMO_TENANT_ID,
      definition,
      entity,
      applicant: applicantOf(entity),
      input: {},
      requestId: newId(),
      mode: 'sync',
    });
  }
}
