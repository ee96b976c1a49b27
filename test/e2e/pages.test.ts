import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, expectAccessible, launchBrowser, openPage, openSignedIn, sessionOf } from './support/browser.js';
import { choose, expectApplicants } from './support/list-page.js';
import { seedInstances, type Seeded } from './support/seed.js';
import { startServer, type E2eServer } from './support/server.js';
import { rescreenMonitored } from '../../src/instances/rescreen-monitored.js';
import { importListVersion } from '../../src/screening/store/import-list-version.js';

describeInBrowser('back office pages and roles', () => {
  let server: E2eServer;
  let browser: Browser;
  let seeded: Seeded;
  let admin: { username: string; password: string };
  let viewer: { username: string; password: string };
  let page: Page;
  let errors: string[];
  let close: () => Promise<void>;
  let sessions: { admin: string; viewer: string };
  const as = async (role: 'admin' | 'viewer') => {
    ({ page, errors, close } = await openSignedIn(browser, server.url, sessions[role]));
    await page.getByRole('heading', { level: 1, name: 'Process instances' }).waitFor();
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    seeded = await seedInstances(server);
    [admin, viewer] = [await server.user('admin'), await server.user('viewer')];
    sessions = { admin: await sessionOf(server.url, admin), viewer: await sessionOf(server.url, viewer) };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await close();
  });

  const visit = async (link: string, heading: string) => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };

  it('a viewer reads but cannot export, delete or see documents before revealing them', async () => {
    await as('viewer');
    await expectApplicants(page, ['Oliver Smith', 'Ann Lee', 'ann Lower', 'Ivan Petrov', 'Maria Garcia Lopez']);
    await expect(page.getByRole('button', { name: 'Export Search Results' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Export' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Delete' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Users and API keys' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Maria Garcia Lopez' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maria Garcia Lopez' }).waitFor();
    await expect(page.getByRole('button', { name: /^(Export|Delete)$/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Reveal' }).waitFor();
    await expect(page.getByRole('img', { name: /image of the document/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Change status' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'the detail as a viewer');
    // Revealing is explicit and audited.
    await page.getByRole('button', { name: 'Reveal' }).click();
    await page.getByRole('img', { name: 'Portrait image of the document' }).waitFor();
    const audit = await server.api('GET', `/api/v1/audit-log?targetId=${seeded.ids.maria}`);
    expect((audit.body.entries as Array<{ action: string; actor: string }>).filter((e) => e.actor === viewer.username).map((e) => e.action)).toEqual(
      expect.arrayContaining(['instance.view', 'instance.reveal']),
    );
    // The API refuses the same, whatever the page shows.
    const status = await page.evaluate(async (id) => (await fetch(`/api/v1/process-instances/${id}`, { method: 'DELETE' })).status, seeded.ids.maria);
    expect(status).toBe(403);
  });

  it('every page an admin opens is accessible: queue, definitions, tokens, screening, audit log, users', async () => {
    await as('admin');
    await visit('Review queue', 'Review queue');
    // The four-eyes rule (admin): the default covers Accepted; saving keeps what was chosen.
    const fourEyes = page.getByRole('region', { name: 'Four-eyes review' });
    await fourEyes.getByText('Accepted').waitFor();
    await choose(page, 'Statuses that need a second reviewer', 'Declined');
    await fourEyes.getByRole('button', { name: 'Save setting' }).click();
    await fourEyes.getByText('Saved.').waitFor();
    expect((await server.api('GET', '/api/v1/settings/review')).body.fourEyes.statuses.sort()).toEqual(['COMPLETED_ENDED_ERROR', 'COMPLETED_ENDED_SUCCESS']);
    await expectAccessible(page, 'the review queue');
    await visit('Process definitions', 'Process definitions');
    await page.getByRole('region', { name: 'Definition kyc-aml-review' }).waitFor();
    await expectAccessible(page, 'the definitions');
    await visit('Screening', 'Screening');
    await expect(page.getByRole('table', { name: 'Sanctions list versions' }).textContent()).resolves.toMatch(/OFAC/);
    await page.getByText('No open alerts').waitFor();
    await expectAccessible(page, 'the screening page');
    await visit('Audit log', 'Audit log');
    await page.getByText('Hash chain intact').waitFor();
    await expectAccessible(page, 'the audit log');
    // Filtered on the server, and kept in the URL.
    await page.getByLabel('Action').fill('user.create');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect.poll(async () => [...new Set(await page.getByRole('table', { name: 'Audit log entries' }).locator('tbody tr td:nth-child(4)').allTextContents())]).toEqual(['user.create']);
    expect(new URL(page.url()).searchParams.get('action')).toBe('user.create');
  });

  it('draws a definition version on demand', async () => {
    await as('admin');
    await page.goto('/definitions');
    const card = page.getByRole('region', { name: 'Definition kyc-aml-review' });
    await choose(page, 'Draw version', 'v1').catch(async () => {
      // Several cards have the same control: pick the one in this card.
      await card.getByRole('textbox', { name: 'Draw version' }).click({ force: true });
      await page.getByRole('option', { name: 'v1' }).click();
    });
    await page.locator('.idflow-bpmn [data-element-id="Task_AML"]').first().waitFor();
  });

  it('creates a process token and lists it with its counter and link', async () => {
    await as('admin');
    await visit('Process tokens', 'Process tokens');
    await page.getByRole('button', { name: 'Create process token' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create process token' });
    await choose(page, 'Process definition', 'kyc-basic v1');
    await dialog.getByLabel('firstName').fill('Zoe');
    await dialog.getByLabel('email').fill('zoe@example.com');
    await dialog.getByRole('button', { name: 'Create token' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'firstName=Zoe' });
    await row.waitFor();
    await expect(row.getByRole('button', { name: /^Copy link of token / }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'the process tokens');
  });

  it('lets an admin create a user and an API key shown once', async () => {
    await as('admin');
    await visit('Users and API keys', 'Users and API keys');
    const name = `auditor-${Date.now()}`;
    await page.getByLabel('New username').fill(name);
    await page.getByLabel('Initial password').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('table', { name: 'Users' }).getByText(name).waitFor();
    await page.getByLabel('Key name').fill('nightly-export');
    await page.getByRole('button', { name: 'Create API key' }).click();
    const shown = page.getByRole('dialog', { name: 'API key created' });
    await expect(shown.textContent()).resolves.toMatch(/idf_/);
    await shown.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('table', { name: 'API keys' }).getByText('nightly-export').waitFor();
    await expectAccessible(page, 'users and API keys');
  });

  it('resolves a monitoring alert as a false positive', async () => {
    // A monitored applicant, then a list import that adds an entry matching them: ongoing monitoring raises an alert.
    const ivan = { entityType: 'INDIVIDUAL', name: { givenName: 'Boris', familyName: 'Kovalenko', displayName: 'BORIS KOVALENKO' }, dateOfBirth: '1966-05-05' };
    await server.testDb.db.query('INSERT INTO entities (id, tenant_id, data, monitored) VALUES ($1, $2, $3::jsonb, true)', ['ent-boris', server.tenantId, JSON.stringify(ivan)]);
    const { version } = await importListVersion(server.testDb.db, {
      source: 'ofac-sdn',
      format: 'ofac-sdn',
      sha256: 'f'.repeat(64),
      entities: [
        { source: 'ofac-sdn', sourceId: '7001', type: 'person', names: [{ name: 'PETROV, Ivan', kind: 'primary' }], birthDates: ['1970-01-02'], countries: ['RU'], programs: ['TEST'], identifiers: [] },
        { source: 'ofac-sdn', sourceId: '7002', type: 'person', names: [{ name: 'KOVALENKO, Boris', kind: 'primary' }], birthDates: ['1966-05-05'], countries: [], programs: ['TEST'], identifiers: [] },
      ],
      problems: [],
    });
    expect((await rescreenMonitored(server.testDb.db, version.id)).alerts.length).toBeGreaterThan(0);
    await as('admin');
    await visit('Screening', 'Screening');
    const alerts = page.getByRole('table', { name: 'Monitoring alerts' });
    const row = alerts.getByRole('row').filter({ hasText: 'KOVALENKO' });
    await row.getByRole('button', { name: 'False positive' }).click();
    await page.getByText('No open alerts').waitFor();
    await page.getByText('Resolved', { exact: true }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Resolved' }).isChecked()).toBe(true);
    await expect(page.getByRole('table', { name: 'Monitoring alerts' }).textContent()).resolves.toMatch(/FALSE_POSITIVE/);
    await expectAccessible(page, 'the resolved alerts');
  });

  it('works by keyboard alone: sign in, open an instance, switch sections', async () => {
    ({ page, errors, close } = await openPage(browser, server.url));
    await page.goto('/login');
    await page.getByLabel('Username').focus();
    await page.keyboard.type(admin.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(admin.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Process instances' }).waitFor();
    await page.getByRole('link', { name: 'Ivan Petrov' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ivan Petrov' }).waitFor();
    await page.getByRole('tab', { name: 'Documents' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Timeline' }).waitFor();
  });
});
