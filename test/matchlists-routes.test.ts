import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchlistRoutes } from '../src/api/routes/matchlists.js';
import { errorHandler } from '../src/api/error-handler.js';
import type { Role } from '../src/domain/index.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';

let t: TestDb;
let app: FastifyInstance;

beforeAll(async () => {
  t = await createTestDb();
  await t.db.query(`INSERT INTO tenants (id, name) VALUES ('tenant-a', 'A'), ('tenant-b', 'B')`);
  app = Fastify();
  // Stands in for the auth hook (onRequest, as in the app): tenant and role come from test headers.
  app.addHook('onRequest', async (request) => {
    request.tenantId = String(request.headers['x-test-tenant']);
    request.role = (request.headers['x-test-role'] as Role | undefined) ?? 'admin';
    request.actor = `test:${request.role}`;
  });
  app.setErrorHandler(errorHandler);
  await app.register(async (api) => matchlistRoutes(api, { db: t.db }), { prefix: '/api/v1' });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

const call = (tenant: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown, role: Role = 'admin') =>
  app.inject({ method, url, payload: payload as any, headers: { 'x-test-tenant': tenant, 'x-test-role': role } });

async function createList(tenant: string, body: unknown) {
  const r = await call(tenant, 'POST', '/api/v1/matchlists', body);
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; name: string; kind: string; entryCount: number };
}

describe('matchlist routes', () => {
  it('creates, lists, reads and deletes a list', async () => {
    const created = await createList('tenant-a', { name: 'fraud-2024', kind: 'block', description: 'confirmed fraud' });
    expect(created).toMatchObject({ name: 'fraud-2024', kind: 'block', description: 'confirmed fraud', entryCount: 0 });
    expect(created.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(created).not.toHaveProperty('tenantId');

    const all = await call('tenant-a', 'GET', '/api/v1/matchlists');
    expect(all.json().matchlists.map((l: { name: string }) => l.name)).toContain('fraud-2024');

    const one = await call('tenant-a', 'GET', `/api/v1/matchlists/${created.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: created.id, entries: [], nextCursor: null });

    expect((await call('tenant-a', 'DELETE', `/api/v1/matchlists/${created.id}`)).statusCode).toBe(204);
    expect((await call('tenant-a', 'GET', `/api/v1/matchlists/${created.id}`)).statusCode).toBe(404);
  });

  it('answers 409 for a duplicate name in one tenant, but lets another tenant use it', async () => {
    await createList('tenant-a', { name: 'staff', kind: 'allow' });
    const dup = await call('tenant-a', 'POST', '/api/v1/matchlists', { name: 'staff', kind: 'block' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'DUPLICATE_NAME', message: expect.stringContaining('"staff"') });
    await createList('tenant-b', { name: 'staff', kind: 'allow' });
  });

  it('rejects bad list bodies with 400 naming the field', async () => {
    const cases: [unknown, RegExp][] = [
      [{ kind: 'block' }, /^body\.name: /],
      [{ name: 'x', kind: 'grey' }, /^body\.kind: /],
      [{ name: '   ', kind: 'block' }, /^body\.name: /],
      [{ name: 'x', kind: 'block', colour: 'red' }, /^body: .*colour/],
      [undefined, /^body\.name: /],
    ];
    for (const [body, message] of cases) {
      const r = await call('tenant-a', 'POST', '/api/v1/matchlists', body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
      expect(r.json().error.message).toMatch(message);
    }
  });

  it('adds entries in a batch, skips duplicates, pages them and deletes one', async () => {
    const list = await createList('tenant-a', { name: 'mules', kind: 'block' });
    const url = `/api/v1/matchlists/${list.id}/entries`;
    const added = await call('tenant-a', 'POST', url, {
      entries: [
        { entryType: 'NAME', value: 'Müller, Hans', dateOfBirth: '1970-02', reason: 'money mule' },
        { entryType: 'EMAIL', value: 'Hans@Example.com' },
        { entryType: 'PHONE', value: '+49 170 1234567' },
        { entryType: 'DOCUMENT', value: 'c01x-00t47', country: 'de' },
        { entryType: 'EMAIL', value: 'hans@example.com ' },
      ],
    });
    expect(added.statusCode).toBe(201);
    const body = added.json();
    expect(body).toMatchObject({ added: 4, skippedDuplicates: 1 });
    expect(body.entries.map((e: { normalizedValue: string }) => e.normalizedValue)).toEqual([
      'hans muller',
      'hans@example.com',
      '+491701234567',
      'C01X00T47',
    ]);
    expect(body.entries[3]).toMatchObject({ country: 'DE', value: 'c01x-00t47' });

    const page1 = (await call('tenant-a', 'GET', `/api/v1/matchlists/${list.id}?limit=3`)).json();
    expect(page1.entries).toHaveLength(3);
    expect(page1.nextCursor).toBe(page1.entries[2].id);
    const page2 = (await call('tenant-a', 'GET', `/api/v1/matchlists/${list.id}?limit=3&after=${page1.nextCursor}`)).json();
    expect(page2.entries.map((e: { entryType: string }) => e.entryType)).toEqual(['DOCUMENT']);
    expect(page2.nextCursor).toBeNull();

    const lists = (await call('tenant-a', 'GET', '/api/v1/matchlists')).json().matchlists;
    expect(lists.find((l: { id: string }) => l.id === list.id).entryCount).toBe(4);

    const entryId = body.entries[1].id;
    expect((await call('tenant-a', 'DELETE', `${url}/${entryId}`)).statusCode).toBe(204);
    expect((await call('tenant-a', 'DELETE', `${url}/${entryId}`)).statusCode).toBe(404);
    const after = (await call('tenant-a', 'GET', `/api/v1/matchlists/${list.id}`)).json();
    expect(after.entries).toHaveLength(3);
  });

  it('rejects bad entries naming the entry and field: 400 for shape, 422 for content', async () => {
    const list = await createList('tenant-a', { name: 'checks', kind: 'block' });
    const url = `/api/v1/matchlists/${list.id}/entries`;
    const cases: [unknown, number, RegExp][] = [
      [{}, 400, /^body\.entries: /],
      [{ entries: [] }, 400, /^body\.entries: give at least one entry/],
      [{ entries: [{ entryType: 'IBAN', value: 'x' }] }, 400, /^body\.entries\[0\]\.entryType: /],
      [{ entries: [{ entryType: 'EMAIL', value: 'a@b.c' }, { entryType: 'EMAIL' }] }, 400, /^body\.entries\[1\]\.value: /],
      [{ entries: [{ entryType: 'EMAIL', value: 'a@b.c' }, { entryType: 'EMAIL', value: 'not an email' }] }, 422, /^body\.entries\[1\]\.value: an EMAIL must/],
      [{ entries: [{ entryType: 'PHONE', value: 'call me' }] }, 422, /^body\.entries\[0\]\.value: a PHONE needs/],
      [{ entries: [{ entryType: 'NAME', value: 'A B', dateOfBirth: '12/05/1980' }] }, 422, /^body\.entries\[0\]\.dateOfBirth: must be YYYY/],
      [{ entries: [{ entryType: 'EMAIL', value: 'a@b.c', dateOfBirth: '1980' }] }, 422, /^body\.entries\[0\]\.dateOfBirth: applies to NAME/],
      [{ entries: [{ entryType: 'DOCUMENT', value: 'X1', country: 'Germany' }] }, 422, /^body\.entries\[0\]\.country: must be an ISO/],
      [{ entries: Array.from({ length: 5001 }, () => ({ entryType: 'EMAIL', value: 'a@b.c' })) }, 400, /at most 5000 entries/],
    ];
    for (const [payload, status, message] of cases) {
      const r = await call('tenant-a', 'POST', url, payload);
      expect(r.statusCode, message.source).toBe(status);
      expect(r.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(message) });
    }
    // Nothing of a rejected batch is stored.
    expect((await call('tenant-a', 'GET', `/api/v1/matchlists/${list.id}`)).json().entries).toEqual([]);
  });

  it('rejects a bad page query with 400', async () => {
    const list = await createList('tenant-a', { name: 'paging', kind: 'block' });
    for (const q of ['limit=0', 'limit=1001', 'limit=ten', 'offset=5']) {
      const r = await call('tenant-a', 'GET', `/api/v1/matchlists/${list.id}?${q}`);
      expect(r.statusCode, q).toBe(400);
      expect(r.json().error.message).toMatch(/^query/);
    }
  });

  it("answers 404 for another tenant's list and entries, and changes nothing", async () => {
    const list = await createList('tenant-a', { name: 'private', kind: 'block' });
    const added = (
      await call('tenant-a', 'POST', `/api/v1/matchlists/${list.id}/entries`, { entries: [{ entryType: 'EMAIL', value: 'x@y.z' }] })
    ).json();
    const entryId = added.entries[0].id;
    const attempts: ['GET' | 'POST' | 'DELETE', string, unknown?][] = [
      ['GET', `/api/v1/matchlists/${list.id}`],
      ['DELETE', `/api/v1/matchlists/${list.id}`],
      ['POST', `/api/v1/matchlists/${list.id}/entries`, { entries: [{ entryType: 'EMAIL', value: 'q@y.z' }] }],
      ['DELETE', `/api/v1/matchlists/${list.id}/entries/${entryId}`],
    ];
    for (const [method, url, payload] of attempts) {
      const r = await call('tenant-b', method, url, payload);
      expect(r.statusCode, `${method} ${url}`).toBe(404);
      expect(r.json().error.code).toBe('NOT_FOUND');
    }
    expect((await call('tenant-b', 'GET', '/api/v1/matchlists')).json().matchlists.map((l: { name: string }) => l.name)).not.toContain('private');
    const mine = (await call('tenant-a', 'GET', `/api/v1/matchlists/${list.id}`)).json();
    expect(mine.entries.map((e: { id: string }) => e.id)).toEqual([entryId]);
  });

  it('answers 404 for an entry of another list of the same tenant', async () => {
    const a = await createList('tenant-a', { name: 'list-a', kind: 'block' });
    const b = await createList('tenant-a', { name: 'list-b', kind: 'block' });
    const added = (await call('tenant-a', 'POST', `/api/v1/matchlists/${a.id}/entries`, { entries: [{ entryType: 'EMAIL', value: 'x@y.z' }] })).json();
    expect((await call('tenant-a', 'DELETE', `/api/v1/matchlists/${b.id}/entries/${added.entries[0].id}`)).statusCode).toBe(404);
  });

  it('lets a viewer read, a reviewer change entries, and only an admin create or delete lists', async () => {
    const list = await createList('tenant-a', { name: 'roles', kind: 'block' });
    const entries = `/api/v1/matchlists/${list.id}/entries`;
    const forbidden = [
      await call('tenant-a', 'POST', '/api/v1/matchlists', { name: 'r2', kind: 'block' }, 'reviewer'),
      await call('tenant-a', 'DELETE', `/api/v1/matchlists/${list.id}`, undefined, 'reviewer'),
      await call('tenant-a', 'POST', entries, { entries: [{ entryType: 'EMAIL', value: 'v@x.y' }] }, 'viewer'),
    ];
    for (const r of forbidden) {
      expect(r.statusCode).toBe(403);
      expect(r.json().error.code).toBe('FORBIDDEN');
    }
    expect((await call('tenant-a', 'GET', `/api/v1/matchlists/${list.id}`, undefined, 'viewer')).statusCode).toBe(200);
    const added = await call('tenant-a', 'POST', entries, { entries: [{ entryType: 'EMAIL', value: 'r@x.y' }] }, 'reviewer');
    expect(added.statusCode).toBe(201);
    expect((await call('tenant-a', 'DELETE', `${entries}/${added.json().entries[0].id}`, undefined, 'reviewer')).statusCode).toBe(204);
  });

  it('writes every change to the audit log', async () => {
    const list = await createList('tenant-b', { name: 'audited', kind: 'allow' });
    const added = (await call('tenant-b', 'POST', `/api/v1/matchlists/${list.id}/entries`, { entries: [{ entryType: 'NAME', value: 'A B' }] })).json();
    await call('tenant-b', 'DELETE', `/api/v1/matchlists/${list.id}/entries/${added.entries[0].id}`);
    await call('tenant-b', 'DELETE', `/api/v1/matchlists/${list.id}`);
    const { rows } = await t.db.query<{ action: string; target_id: string; actor: string }>(
      `SELECT action, target_id, actor FROM audit_log WHERE tenant_id = 'tenant-b' AND target_id = $1 ORDER BY id`,
      [list.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['matchlist.create', 'matchlist.entries.add', 'matchlist.entry.delete', 'matchlist.delete']);
    expect(rows.every((r) => r.actor === 'test:admin')).toBe(true);
  });
});
