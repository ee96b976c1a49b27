import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST } from '../src/api/web-app.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  // test/build-web-once.ts (vitest's global setup) built what `npm ci` / `npm start` build.
  t = await createTestApp();
});
afterAll(async () => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('the back office served at /', () => {
  it('answers the app page for / and for client-side routes, with a strict content security policy', async () => {
    for (const url of ['/', '/login', '/process-instances/01M8YE6EQCBBGPF97C9KM3E4MX?tab=review', '/audit-log?targetId=x']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="root"></div>');
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the hashed assets with a long cache and 404s a missing one as JSON', async () => {
    const script = readdirSync(join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'));
    const res = await get(`/assets/${script}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toMatch(/immutable/);
    const missing = await get('/assets/nope-123.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('leaves the API alone: unknown /api paths stay JSON 404s and the API answers as before', async () => {
    for (const url of ['/api/v1/nope', '/api/nope', '/api']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    expect((await get('/api/v1/health')).json().status).toBe('ok');
    const post = await t.app.inject({ method: 'POST', url: '/some-page' });
    expect(post.statusCode).toBe(404);
  });
});
