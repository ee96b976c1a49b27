import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/** Debian's chromium (apt-get install chromium); never a downloaded browser. */
export const CHROMIUM = process.env.IDFLOW_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const required = process.env.IDFLOW_E2E === '1';

/**
 * A describe block that runs only where a browser exists. Without one it is skipped with one printed line,
 * unless IDFLOW_E2E=1 (CI), where a missing browser fails.
 */
export function describeInBrowser(name: string, body: () => void) {
  if (available) return describe(name, body);
  if (required) {
    return describe(name, () => {
      it('has a browser', () => {
        throw new Error(`IDFLOW_E2E=1 but ${CHROMIUM} does not exist: apt-get install -y chromium (or set IDFLOW_CHROMIUM)`);
      });
    });
  }
  console.log(`browser tests skipped (${name}): no ${CHROMIUM}; apt-get install -y chromium to run them, IDFLOW_E2E=1 to require them`);
  return describe.skip(name, body);
}

export async function launchBrowser(): Promise<Browser> {
  // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
}

// The browser logs a failed response as a console error; a 401 before sign-in or a refused action the
// test provokes is expected, a script error never is.
const EXPECTED_NETWORK = /Failed to load resource: the server responded with a status of (401|403|404|409|422|429)/;

/** A 1280×800 page that records console errors and uncaught exceptions. */
export async function openPage(browser: Browser, baseUrl: string, session?: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, acceptDownloads: true, reducedMotion: 'reduce' });
  if (session) await context.addCookies([{ name: 'idflow_session', value: session, url: baseUrl, httpOnly: true, sameSite: 'Strict' }]);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !EXPECTED_NETWORK.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors, close: () => context.close() };
}

/** axe on the current page: no serious or critical violation. */
export async function expectAccessible(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`), `axe on ${what}`).toEqual([]);
}

export async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Process instances' }).waitFor();
}

/** Signs in over the API (the sign-in page has its own tests) and returns the session cookie's value. */
export async function sessionOf(baseUrl: string, user: { username: string; password: string }): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(user) });
  const cookie = /idflow_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (res.status !== 200 || !cookie) throw new Error(`sign-in of ${user.username} failed: ${res.status}`);
  return cookie;
}

/** A page already signed in, on the process instances list. */
export async function openSignedIn(browser: Browser, baseUrl: string, session: string, path = '/') {
  const opened = await openPage(browser, baseUrl, session);
  await opened.page.goto(path);
  return opened;
}
