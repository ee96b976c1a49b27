import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, expect, it } from 'vitest';
import { describeInBrowser, expectAccessible, launchBrowser, openSignedIn, sessionOf } from './support/browser.js';
import { choose, expectApplicants, openFilter } from './support/list-page.js';
import { seedInstances, type Seeded } from './support/seed.js';
import { startServer, type E2eServer } from './support/server.js';

const ALL = ['Oliver Smith', 'Ann Lee', 'ann Lower', 'Ivan Petrov', 'Maria Garcia Lopez'];

describeInBrowser('process instances list', () => {
  let server: E2eServer;
  let browser: Browser;
  let seeded: Seeded;
  let admin: { username: string; password: string };
  let page: Page;
  let errors: string[];
  let close: () => Promise<void>;
  let session: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    seeded = await seedInstances(server);
    admin = await server.user('admin');
    session = await sessionOf(server.url, admin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    ({ page, errors, close } = await openSignedIn(browser, server.url, session));
  });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await close();
  });

  it('lists every instance with its columns, and the filter panel is accessible', async () => {
    await expectApplicants(page, ALL);
    const header = await page.getByRole('table', { name: 'Process instances' }).locator('thead th').allTextContents();
    expect(header).toEqual(['Applicant Name', 'Process', 'Created', 'Duration', 'Status', 'Action']);
    const ivanRow = page.getByRole('row').filter({ hasText: 'Ivan Petrov' });
    await expect(ivanRow.textContent()).resolves.toMatch(/kyc-aml-review v1.*Review/);
    await expect(ivanRow.getByRole('button', { name: 'Export' }).isVisible()).resolves.toBe(true);
    await expect(ivanRow.getByRole('button', { name: 'Delete' }).isVisible()).resolves.toBe(true);
    await openFilter(page);
    await expectAccessible(page, 'the list with the filter panel open');
  });

  it('filters by status and by process definition, and keeps the filters in the URL', async () => {
    await openFilter(page);
    await choose(page, 'Status', 'Review');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expectApplicants(page, ['Ivan Petrov']);
    expect(new URL(page.url()).searchParams.get('status')).toBe('REVIEW');
    await choose(page, 'Status', 'Accepted');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    // Two statuses: either matches (every seeded instance is in Review or Accepted).
    await expectApplicants(page, ALL);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await choose(page, 'Process definition', 'kyc-basic');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expectApplicants(page, ['Oliver Smith', 'Ann Lee', 'ann Lower']);
    // A bookmarked view opens with its filters applied.
    const bookmarked = new URL(page.url());
    expect(bookmarked.searchParams.get('processDefnName')).toBe('kyc-basic');
    await page.goto(`/?status=REVIEW`);
    await expectApplicants(page, ['Ivan Petrov']);
  });

  it('filters by creation day and by process token', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await openFilter(page);
    await page.getByLabel('Created from').fill(tomorrow);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No process instances').waitFor();
    await page.getByLabel('Created from').fill(today);
    await page.getByLabel('Created to').fill(today);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expectApplicants(page, ALL);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Process token').fill(seeded.tokenAnn);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expectApplicants(page, ['Ann Lee']);
  });

  it('searches a token parameter exactly and case-sensitively, and by Reference ID', async () => {
    await openFilter(page);
    await choose(page, 'Parameter', 'customerTier');
    await page.getByLabel('Parameter value').fill('Gold');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expectApplicants(page, ['Ann Lee']);
    await page.getByLabel('Parameter value').fill('gold');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expectApplicants(page, ['ann Lower']);
    await page.getByLabel('Parameter value').fill('Gol');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No process instances').waitFor();
    // Beyond the reference: email is searchable too.
    await choose(page, 'Parameter', 'email');
    await page.getByLabel('Parameter value').fill('ann@example.com');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expectApplicants(page, ['Ann Lee']);

    await page.goto('/');
    await page.getByRole('textbox', { name: 'Reference ID', exact: true }).fill(seeded.ids.oliver);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expectApplicants(page, ['Oliver Smith']);
    expect(new URL(page.url()).searchParams.get('referenceId')).toBe(seeded.ids.oliver);
  });

  it('deletes an instance after confirmation, with its results', async () => {
    const row = () => page.getByRole('row').filter({ hasText: 'Oliver Smith' });
    await row().getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete process instance' });
    await dialog.waitFor({ state: 'visible' });
    await expectAccessible(page, 'the delete confirmation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(row().count()).resolves.toBe(1);
    await row().getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expectApplicants(page, ALL.filter((n) => n !== 'Oliver Smith'));
    expect((await server.api('GET', `/api/v1/process-instances/${seeded.ids.oliver}`)).status).toBe(404);
    const { rows } = await server.testDb.db.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM step_results WHERE instance_id = $1) + (SELECT count(*) FROM activities WHERE instance_id = $1) AS n`,
      [seeded.ids.oliver],
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
