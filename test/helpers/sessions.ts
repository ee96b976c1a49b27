import type { Role } from '../../src/domain/index.js';
import { createUser } from '../../src/users/create-user.js';
import type { TestApp } from './test-app.js';

/** A signed-in back-office user: their cookie and CSRF token, and `call` that sends both. */
export interface SignedIn {
  cookie: string;
  csrf: string;
  userId: string;
  username: string;
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Record<string, any> }>;
}

let counter = 0;
/** A unique username for this test process (usernames are unique across the installation). */
export const uniqueName = (base: string) => `${base}-${process.pid}-${++counter}`;

export async function addUser(t: TestApp, role: Role, options: { tenantId?: string; username?: string; password?: string } = {}) {
  const username = options.username ?? uniqueName(role);
  const password = options.password ?? `pw-${username}-long-enough`;
  const row = await createUser(t.testDb.db, options.tenantId ?? t.tenantA, { username, password, role }, { actor: 'test' });
  return { id: row.id, username, password };
}

export async function login(t: TestApp, username: string, password: string, ip = '127.0.0.1') {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: ip });
  return { status: res.statusCode, body: res.json(), headers: res.headers, cookie: cookieOf(res.headers['set-cookie']) };
}

export function cookieOf(setCookie: string | string[] | undefined): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return (first ?? '').split(';')[0] ?? '';
}

/** Creates a user with the role and signs them in. */
export async function signedIn(t: TestApp, role: Role, options: { tenantId?: string } = {}): Promise<SignedIn> {
  const user = await addUser(t, role, options);
  const res = await login(t, user.username, user.password, `10.9.${counter % 250}.${(counter * 7) % 250}`);
  if (res.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
  const cookie = res.cookie;
  const csrf = res.body.csrfToken as string;
  return {
    cookie,
    csrf,
    userId: user.id,
    username: user.username,
    async call(method, url, body, headers = {}) {
      const r = await t.app.inject({
        method: method as 'GET',
        url,
        headers: { cookie, 'x-csrf-token': csrf, ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      let parsed: any = r.body;
      try {
        parsed = JSON.parse(r.body);
      } catch {
        /* not JSON */
      }
      return { status: r.statusCode, body: parsed, headers: r.headers };
    },
  };
}
