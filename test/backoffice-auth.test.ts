import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { addUser, login, signedIn } from './helpers/sessions.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const auditActions = async (targetId: string) =>
  (await t.testDb.db.query<{ action: string; details: any }>(`SELECT action, details FROM audit_log WHERE target_id = $1 ORDER BY id`, [targetId])).rows;

describe('sign-in, sessions and sign-out', () => {
  it('signs in with a session cookie (httpOnly, SameSite=Strict) that the API accepts like a key', async () => {
    const user = await addUser(t, 'reviewer');
    const res = await login(t, user.username.toUpperCase(), user.password, '10.1.0.1');
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ id: user.id, username: user.username, role: 'reviewer', tenantId: t.tenantA, tenantName: 'Tenant A' });
    expect(res.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^idflow_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    const session = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: res.cookie } });
    expect(session.statusCode).toBe(200);
    expect(session.json().user.username).toBe(user.username);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/process-instances', headers: { cookie: res.cookie } });
    expect(list.statusCode).toBe(200);
    const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: res.cookie } });
    expect(users.statusCode, 'a reviewer is not an admin').toBe(403);
    expect((await auditActions(user.id)).map((a) => a.action)).toEqual(['user.create', 'auth.login']);
  });

  it('gives one answer for a wrong password, an unknown user and a disabled account, and audits the failures', async () => {
    const user = await addUser(t, 'viewer');
    const wrong = await login(t, user.username, 'not the password at all', '10.1.0.2');
    const unknown = await login(t, 'nobody-by-this-name', 'whatever password', '10.1.0.2');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const admin = await signedIn(t, 'admin');
    expect((await admin.call('PATCH', `/api/v1/users/${user.id}`, { disabled: true })).status).toBe(200);
    const disabled = await login(t, user.username, user.password, '10.1.0.2');
    expect(disabled.status).toBe(401);
    expect(disabled.body).toEqual(wrong.body);
    const actions = await auditActions(user.id);
    expect(actions.map((a) => a.action)).toEqual(['user.create', 'auth.login_failed', 'user.update', 'auth.login_failed']);
    expect(actions[1]?.details.reason).toBe('wrong_password');
    expect(JSON.stringify(actions)).not.toContain('not the password');
  });

  it('refuses a cookie-authenticated change without the CSRF token, and accepts it with the token', async () => {
    const admin = await signedIn(t, 'admin');
    const body = { username: `csrf-${Date.now()}`, password: 'a-long-password-1', role: 'viewer' };
    const without = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: admin.cookie }, payload: body });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: admin.cookie, 'x-csrf-token': 'x'.repeat(43) }, payload: body });
    expect(wrong.statusCode).toBe(403);
    const users = await t.testDb.db.query(`SELECT 1 FROM users WHERE username = $1`, [body.username]);
    expect(users.rowCount).toBe(0);
    const ok = await admin.call('POST', '/api/v1/users', body);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ username: body.username, role: 'viewer', disabled: false });
    expect(ok.body.passwordHash).toBeUndefined();
    // An API key needs no CSRF token.
    expect((await t.call('GET', '/api/v1/users')).status).toBe(200);
  });

  it('locks a username after 10 failures for 15 minutes, even for the right password', async () => {
    const user = await addUser(t, 'reviewer');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await login(t, user.username, `wrong-${i}-password`, `10.2.0.${i}`)).status);
    expect(statuses.slice(0, 9)).toEqual(Array(9).fill(401));
    expect(statuses[9]).toBe(429);
    const locked = await login(t, user.username, user.password, '10.2.1.1');
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('LOGIN_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(900);
    const failures = await auditActions(user.id);
    expect(failures.filter((a) => a.action === 'auth.login_failed')).toHaveLength(10);
    expect(failures.at(-1)?.details.locked).toBe(true);
    // When the lock has passed, the right password works and clears the count.
    await t.testDb.db.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second', window_started_at = now() - interval '16 minutes' WHERE key = $1`, [`user:${user.username.toLowerCase()}`]);
    expect((await login(t, user.username, user.password, '10.2.1.2')).status).toBe(200);
  });

  it('locks a client address after 10 failures across usernames', async () => {
    const user = await addUser(t, 'reviewer');
    for (let i = 0; i < 10; i++) await login(t, `someone-${i}`, 'wrong password here', '10.3.0.1');
    expect((await login(t, user.username, user.password, '10.3.0.1')).status).toBe(429);
    expect((await login(t, user.username, user.password, '10.3.0.2')).status).toBe(200);
  });

  it('signs out: the session is revoked, the cookie cleared, the sign-out audited', async () => {
    const user = await signedIn(t, 'viewer');
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: user.cookie } });
    expect(noCsrf.statusCode, noCsrf.body).toBe(403);
    const out = await user.call('POST', '/api/v1/auth/logout');
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/idflow_session=;/);
    const after = await user.call('GET', '/api/v1/auth/session');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('UNAUTHENTICATED');
    expect((await auditActions(user.userId)).map((a) => a.action)).toEqual(['user.create', 'auth.login', 'auth.logout']);
    // Signing out without a session is harmless.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
  });

  it('ends a session idle for 30 minutes or older than 12 hours', async () => {
    const idle = await signedIn(t, 'viewer');
    expect((await idle.call('GET', '/api/v1/auth/session')).status).toBe(200);
    await t.testDb.db.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [idle.userId]);
    expect((await idle.call('GET', '/api/v1/auth/session')).status).toBe(401);
    const old = await signedIn(t, 'viewer');
    await t.testDb.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [old.userId]);
    expect((await old.call('GET', '/api/v1/process-instances')).status).toBe(401);
    // Sessions ended more than a day ago are purged at the next sign-in.
    await t.testDb.db.query(`UPDATE sessions SET expires_at = now() - interval '2 days' WHERE user_id = $1`, [old.userId]);
    await signedIn(t, 'viewer');
    expect((await t.testDb.db.query(`SELECT 1 FROM sessions WHERE user_id = $1`, [old.userId])).rowCount).toBe(0);
    expect((await t.testDb.db.query(`SELECT 1 FROM sessions WHERE user_id = $1`, [idle.userId])).rowCount, 'idle 31 minutes: kept for now').toBe(1);
  });

  it('applies roles to sessions as to keys', async () => {
    const viewer = await signedIn(t, 'viewer');
    const res = await viewer.call('DELETE', '/api/v1/process-instances/nope');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });
});

describe('users and API keys (admin)', () => {
  it('creates, lists and changes users; disabling or a new password ends their sessions', async () => {
    const admin = await signedIn(t, 'admin');
    const name = `Alice-${Date.now()}`;
    const created = await admin.call('POST', '/api/v1/users', { username: name, password: 'alice-password-1', role: 'reviewer' });
    expect(created.status).toBe(201);
    const dup = await admin.call('POST', '/api/v1/users', { username: name.toLowerCase(), password: 'alice-password-2', role: 'viewer' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('USERNAME_TAKEN');
    const short = await admin.call('POST', '/api/v1/users', { username: `${name}-x`, password: 'short', role: 'viewer' });
    expect(short.status).toBe(400);
    const list = await admin.call('GET', '/api/v1/users');
    expect(list.body.users.map((u: any) => u.username)).toContain(name);
    const alice = await login(t, name, 'alice-password-1', '10.4.0.1');
    expect(alice.status).toBe(200);
    const changed = await admin.call('PATCH', `/api/v1/users/${created.body.id}`, { password: 'alice-password-new', role: 'viewer' });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('viewer');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: alice.cookie } })).statusCode).toBe(401);
    expect((await login(t, name, 'alice-password-1', '10.4.0.2')).status).toBe(401);
    expect((await login(t, name, 'alice-password-new', '10.4.0.3')).status).toBe(200);
    const self = await admin.call('PATCH', `/api/v1/users/${admin.userId}`, { disabled: true });
    expect(self.status).toBe(409);
    // Another tenant's admin does not see or change this tenant's users.
    expect((await t.call('PATCH', `/api/v1/users/${created.body.id}`, { disabled: true }, {}, t.keyB)).status).toBe(404);
  });

  it('creates API keys shown once, lists them without secrets, revokes them', async () => {
    const admin = await signedIn(t, 'admin');
    const created = await admin.call('POST', '/api/v1/api-keys', { name: 'ci', role: 'viewer' });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^idf_/);
    const list = await admin.call('GET', '/api/v1/api-keys');
    const listed = list.body.apiKeys.find((k: any) => k.id === created.body.id);
    expect(listed).toMatchObject({ name: 'ci', role: 'viewer', revokedAt: null, keyPrefix: created.body.key.slice(0, 8) });
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);
    const revoked = await admin.call('DELETE', `/api/v1/api-keys/${created.body.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await t.call('GET', '/api/v1/process-instances', undefined, {}, created.body.key)).status).toBe(401);
    const viewer = await signedIn(t, 'viewer');
    expect((await viewer.call('POST', '/api/v1/api-keys', { name: 'x', role: 'admin' })).status).toBe(403);
  });
});

describe('behind a reverse proxy (IDFLOW_TRUST_PROXY=true)', () => {
  it('reads the setting strictly', () => {
    expect(loadConfig({}, { IDFLOW_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({}, {}).trustProxy).toBe(false);
    expect(() => loadConfig({}, { IDFLOW_TRUST_PROXY: 'yes' })).toThrow(ConfigError);
  });

  it('sets the Secure cookie for https and throttles by the forwarded client address', async () => {
    const proxied = await buildApp({ ...t.runtime, config: { trustProxy: true } });
    try {
      const user = await addUser(t, 'viewer');
      const headers = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' };
      const ok = await proxied.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: user.password }, headers });
      expect(ok.statusCode).toBe(200);
      expect(String(ok.headers['set-cookie'])).toMatch(/; Secure/);
      for (let i = 0; i < 10; i++) {
        await proxied.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `proxy-${i}`, password: 'wrong password!' }, headers: { 'x-forwarded-for': '203.0.113.8' } });
      }
      const locked = await proxied.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: user.password }, headers: { 'x-forwarded-for': '203.0.113.8' } });
      expect(locked.statusCode).toBe(429);
      const other = await proxied.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: user.password }, headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(other.statusCode).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});
