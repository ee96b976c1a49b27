import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredRoutes } from './helpers/api-fixtures.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('OpenAPI document and health', () => {
  it('serves OpenAPI 3.1 without a key, describing every registered route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.sort()).toEqual(registeredRoutes(t.app));
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(ops)) expect(op.summary, `${method} ${path} has a summary`).toBeTruthy();
    }
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('describes request bodies and enums from the route schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const token = doc.paths['/api/v1/process-tokens'].post.requestBody.content['application/json'].schema;
    expect(token.properties.type.enum).toEqual(['UNLIMITED', 'MULTI_USE_COUNT_LIMITED', 'MULTI_USE_TIME_LIMITED']);
    expect(token.required).toContain('processDefnId');
    const list = doc.paths['/api/v1/process-instances'].get.parameters.map((p: any) => p.name);
    expect(list).toEqual(expect.arrayContaining(['status', 'processDefnName', 'createdFrom', 'createdTo', 'firstName', 'lastName', 'referenceId', 'limit', 'cursor']));
  });

  it('reports health without a key', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.testDb.db.kind });
  });
});
