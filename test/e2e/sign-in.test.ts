import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, expectAccessible, launchBrowser, openPage, signIn } from './support/browser.js';
import { startServer, type E2eServer } from './support/server.js';

describeInBrowser('back office sign-in', () => {
  let server: E2eServer;
  let browser: Browser;
  let reviewer: { username: string; password: string };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    reviewer = await server.user('reviewer');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends a visitor without a session to the sign-in page, which is accessible', async () => {
    const { page, errors, close } = await openPage(browser, server.url);
    await page.goto('/review-queue');
    await page.waitForURL(/\/login\?redirect=/);
    await expect(page.getByRole('button', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'the sign-in page');
    // After signing in, the page asked for first.
    await page.getByLabel('Username').fill(reviewer.username);
    await page.getByLabel('Password', { exact: true }).fill(reviewer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('refuses a wrong password with a message and no session', async () => {
    const { page, errors, close } = await openPage(browser, server.url);
    await page.goto('/login');
    await page.getByLabel('Username').fill(reviewer.username);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Sign-in failed/);
    expect(new URL(page.url()).pathname).toBe('/login');
    const session = await page.evaluate(async () => (await fetch('/api/v1/auth/session')).status);
    expect(session).toBe(401);
    expect(errors).toEqual([]);
    await close();
  });

  it('signs in, shows who is signed in, and signs out', async () => {
    const { page, errors, close } = await openPage(browser, server.url);
    await signIn(page, reviewer.username, reviewer.password);
    await expect(page.getByText(reviewer.username, { exact: true }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'the process instances list');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    // The session is gone on the server, not only in the page.
    await page.goto('/');
    await page.waitForURL(/\/login/);
    const audit = await server.api('GET', '/api/v1/audit-log?limit=50');
    const actions = (audit.body.entries as Array<{ action: string; actor: string }>).filter((e) => e.actor === reviewer.username).map((e) => e.action);
    expect(actions.some((a) => /logout|sign_out|signout/.test(a))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  // Last in this file: the lock also applies to the browser's address.
  it('locks sign-in after repeated failures, even for the right password', async () => {
    const { page, close } = await openPage(browser, server.url);
    const victim = await server.user('viewer');
    await page.goto('/login');
    await page.getByLabel('Username').fill(victim.username);
    let locked = false;
    for (let i = 0; i < 12 && !locked; i++) {
      await page.getByLabel('Password', { exact: true }).fill(`wrong-${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await page.getByRole('button', { name: 'Sign in' }).and(page.locator(':not([data-loading])')).waitFor();
      locked = /locked|too many/i.test((await alert.textContent()) ?? '');
    }
    expect(locked).toBe(true);
    await page.getByLabel('Password', { exact: true }).fill(victim.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/too many|locked/i);
    expect(new URL(page.url()).pathname).toBe('/login');
    await close();
  });
});
