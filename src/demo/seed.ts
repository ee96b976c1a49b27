import type { Logger } from 'pino';
import type { Db } from '../store/db.js';
import { createApiKey, createTenant } from '../store/sql/api-keys.js';
import { insertDefinition } from '../store/sql/definitions.js';
import { newId } from '../engine/ids.js';
import type { StepRegistry } from '../engine/step-registry.js';
import { compileDefinition } from '../workflows/compile-definition.js';
import { DEMO_DEFINITIONS } from './definitions.js';

export const DEMO_TENANT_ID = 'demo';

/**
 * On an empty database: the demo tenant, its admin key (the given one, or a new one) and the demo
 * definitions. Returns the plain key when it created one, so the caller can print it once.
 */
export async function seedDemo(db: Db, registry: StepRegistry, options: { apiKey?: string; logger?: Logger } = {}): Promise<{ created: boolean; apiKey?: string }> {
  const existing = await db.query(`SELECT 1 FROM tenants LIMIT 1`);
  if (existing.rowCount > 0) return { created: false };
  await createTenant(db, 'Demo', DEMO_TENANT_ID);
  const { key } = await createApiKey(db, DEMO_TENANT_ID, 'demo-admin', 'admin', options.apiKey);
  for (const d of DEMO_DEFINITIONS) {
    const compiled = await compileDefinition({ format: 'json', definition: d.definition }, registry);
    await insertDefinition(db, {
      id: newId(),
      tenantId: DEMO_TENANT_ID,
      name: d.name,
      version: 1,
      type: d.type,
      format: 'json',
      source: d.definition,
      bpmnXml: compiled.bpmnXml,
      graph: compiled.graph,
    });
  }
  return { created: true, apiKey: key };
}
