import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../src/engine/worker.js';
import { executeWorkflow } from '../src/instances/execute-workflow.js';
import { createRuntime, type Runtime } from '../src/runtime.js';
import { createTenant } from '../src/store/sql/api-keys.js';
import { insertDefinition } from '../src/store/sql/definitions.js';
import { loadInstance } from '../src/store/sql/load-instance.js';
import { compileDefinition } from '../src/workflows/compile-definition.js';
import { newId } from '../src/domain/ids.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';
import { waitFor } from './helpers/test-app.js';

let t: TestDb;
let producer: Runtime;
let consumer: Worker;
let tenantId: string;

beforeAll(async () => {
  t = await createTestDb();
  // The producer's own worker never runs; the consumer polls only once a minute, so it can only be woken.
  producer = await createRuntime(t.db, { workerId: 'producer' });
  consumer = new Worker({ db: t.db, registry: producer.registry, services: producer.services, workerId: 'consumer', pollMs: 60_000 });
  tenantId = (await createTenant(t.db, 'Wake')).id;
  const compiled = await compileDefinition({ format: 'json', definition: { name: 'wake', steps: [{ type: 'RISK' }, { type: 'DECISION' }] } }, producer.registry);
  await insertDefinition(t.db, { id: newId(), tenantId, name: 'wake', version: 1, type: 'KYC', format: 'json', source: {}, bpmnXml: compiled.bpmnXml, graph: compiled.graph });
});
afterAll(async () => {
  await consumer?.stop();
  await t?.close();
});

describe('worker wake-ups', () => {
  it('an instance queued by one worker is run at once by another listening worker, not at its next poll', async () => {
    consumer.start();
    // Let the first, empty claim pass so the consumer is idle and listening.
    await new Promise((resolve) => setImmediate(resolve));
    const started = await executeWorkflow(producer, { tenantId, actor: 'test', requestId: newId() }, {
      workflow: { name: 'wake' },
      individual: { draft: { name: { givenName: 'Wanda', familyName: 'Wake' } } },
      mode: 'async',
    });
    const done = await waitFor(async () => {
      const row = await loadInstance(t.db, tenantId, started.instanceId);
      return row?.completed_dtm ? row : undefined;
    }, 15_000);
    expect(done.status).toBe('COMPLETED_ENDED_SUCCESS');
    expect(done.process_server_id).toBe('consumer');
  });
});
