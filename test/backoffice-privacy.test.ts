import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/store/sql/api-keys.js';
import { seedTenant, type Seeded } from './helpers/api-fixtures.js';
import { signedIn, type SignedIn } from './helpers/sessions.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let a: Seeded;
let viewer: SignedIn;
/** The invented passport's document number (see PASSPORT in api-fixtures). */
const DOC_NUMBER = 'XDA123456';

const views = async (instanceId: string, action: string) =>
  (await t.testDb.db.query<{ actor: string }>(`SELECT actor FROM audit_log WHERE action = $1 AND target_id = $2 ORDER BY id`, [action, instanceId])).rows.map((r) => r.actor);

beforeAll(async () => {
  t = await createTestApp();
  a = await seedTenant(t, t.keyA);
  viewer = await signedIn(t, 'viewer');
});
afterAll(async () => t?.close());

describe('personal data: audited views, masked document identifiers, reveal', () => {
  it('shows a viewer names but not document numbers or images, and audits the view once per session', async () => {
    const first = await viewer.call('GET', `/api/v1/process-instances/${a.waitingInstanceId}`);
    expect(first.status).toBe(200);
    expect(first.body.documentIdentifiersHidden).toBe(true);
    expect(first.body.documents).toHaveLength(1);
    expect(first.body.documents[0].Images.map((i: any) => i.kind)).toEqual(['portrait']);
    expect(first.body.firstName).toBe('Maria');
    expect(JSON.stringify(first.body)).not.toContain(DOC_NUMBER);
    await viewer.call('GET', `/api/v1/process-instances/${a.waitingInstanceId}`);
    expect(await views(a.waitingInstanceId, 'instance.view')).toEqual([viewer.username]);

    const docs = await viewer.call('GET', `/api/v1/process-instances/${a.waitingInstanceId}/documents`);
    expect(docs.status).toBe(200);
    expect(JSON.stringify(docs.body)).not.toContain(DOC_NUMBER);
    const doc = await viewer.call('GET', `/api/v1/process-instances/${a.waitingInstanceId}/documents/${a.documentId}`);
    expect(JSON.stringify(doc.body)).not.toContain(DOC_NUMBER);
    const image = await viewer.call('GET', `/api/v1/process-instances/${a.waitingInstanceId}/documents/${a.documentId}/images/portrait`);
    expect(image.status).toBe(403);
    expect(image.body.error.code).toBe('REVEAL_REQUIRED');
  });

  it('reveals them for the session after an explicit, audited reveal (CSRF-protected)', async () => {
    const noCsrf = await t.app.inject({ method: 'POST', url: `/api/v1/process-instances/${a.waitingInstanceId}/reveal`, headers: { cookie: viewer.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    const revealed = await viewer.call('POST', `/api/v1/process-instances/${a.waitingInstanceId}/reveal`);
    expect(revealed.status).toBe(200);
    expect(await views(a.waitingInstanceId, 'instance.reveal')).toEqual([viewer.username]);
    const record = await viewer.call('GET', `/api/v1/process-instances/${a.waitingInstanceId}`);
    expect(record.body.documentIdentifiersHidden).toBe(false);
    expect(JSON.stringify(record.body)).toContain(DOC_NUMBER);
    const image = await t.app.inject({ method: 'GET', url: `/api/v1/process-instances/${a.waitingInstanceId}/documents/${a.documentId}/images/portrait`, headers: { cookie: viewer.cookie } });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect([...image.rawPayload.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // Another session of a viewer starts hidden again.
    const other = await signedIn(t, 'viewer');
    expect((await other.call('GET', `/api/v1/process-instances/${a.waitingInstanceId}`)).body.documentIdentifiersHidden).toBe(true);
  });

  it('shows a reviewer everything (the view still audited); a viewer key always sees identifiers hidden', async () => {
    const reviewer = await signedIn(t, 'reviewer');
    const record = await reviewer.call('GET', `/api/v1/process-instances/${a.waitingInstanceId}`);
    expect(record.body.documentIdentifiersHidden).toBe(false);
    expect(JSON.stringify(record.body)).toContain(DOC_NUMBER);
    expect(await views(a.waitingInstanceId, 'instance.view')).toContain(reviewer.username);
    const key = (await createApiKey(t.testDb.db, t.tenantA, 'viewer-key', 'viewer')).key;
    const byKey = await t.call('GET', `/api/v1/process-instances/${a.waitingInstanceId}`, undefined, {}, key);
    expect(byKey.body.documentIdentifiersHidden).toBe(true);
    const reveal = await t.call('POST', `/api/v1/process-instances/${a.waitingInstanceId}/reveal`, {}, {}, key);
    expect(reveal.status).toBe(409);
    expect(reveal.body.error.code).toBe('SESSION_REQUIRED');
  });

  it('lets a viewer neither delete nor export; an admin deletes the instance with its documents, images and results', async () => {
    expect((await viewer.call('DELETE', `/api/v1/process-instances/${a.waitingInstanceId}`)).status).toBe(403);
    expect((await viewer.call('POST', `/api/v1/process-instances/${a.waitingInstanceId}/export`, { password: 'long enough' })).status).toBe(403);
    const admin = await signedIn(t, 'admin');
    const deleted = await admin.call('DELETE', `/api/v1/process-instances/${a.waitingInstanceId}`);
    expect(deleted.status).toBe(200);
    for (const table of ['instances', 'documents', 'document_images', 'step_results', 'process_results', 'activities']) {
      const column = table === 'instances' ? 'id' : 'instance_id';
      const left = table === 'document_images'
        ? await t.testDb.db.query(`SELECT 1 FROM document_images WHERE document_id = $1`, [a.documentId])
        : await t.testDb.db.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [a.waitingInstanceId]);
      expect(left.rowCount, table).toBe(0);
    }
    expect(await views(a.waitingInstanceId, 'instance.delete')).toEqual([admin.username]);
  });
});
