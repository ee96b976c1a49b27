import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeInBrowser, expectAccessible, launchBrowser, openSignedIn, sessionOf } from './support/browser.js';
import { expectApplicants } from './support/list-page.js';
import { seedInstances, type Seeded } from './support/seed.js';
import { startServer, type E2eServer } from './support/server.js';

/** Archives are opened with a real tool: Debian's p7zip-full (`apt-get install -y p7zip-full`). */
const run = promisify(execFile);
const PASSWORD = 'export-Pa55word!';

async function extract(zip: string, password: string): Promise<{ folder: string; failed: boolean }> {
  const folder = mkdtempSync(join(tmpdir(), 'idflow-e2e-unzip-'));
  try {
    await run('7z', ['x', `-p${password}`, `-o${folder}`, '-y', zip]);
    return { folder, failed: false };
  } catch {
    return { folder, failed: true };
  }
}

/** Fills the password modal and returns the path of the downloaded file. */
async function downloadWith(page: Page, dir: string, password: string, confirm = password): Promise<string> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Password', { exact: true }).fill(password);
  await dialog.getByLabel('Confirm password').fill(confirm);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download ZIP' }).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

describeInBrowser('encrypted exports from the back office', () => {
  let server: E2eServer;
  let browser: Browser;
  let seeded: Seeded;
  let reviewer: { username: string; password: string };
  let page: Page;
  let errors: string[];
  let close: () => Promise<void>;
  let session: string;
  const dir = mkdtempSync(join(tmpdir(), 'idflow-e2e-export-'));

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    seeded = await seedInstances(server);
    reviewer = await server.user('reviewer');
    session = await sessionOf(server.url, reviewer);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    ({ page, errors, close } = await openSignedIn(browser, server.url, session));
  });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await close();
  });

  it('exports exactly the filtered instances as a CSV in an AES ZIP that only the password opens', async () => {
    await page.goto('/?processDefnName=kyc-basic');
    await expectApplicants(page, ['Oliver Smith', 'Ann Lee', 'ann Lower']);
    await page.getByRole('button', { name: 'Export Search Results' }).click();
    await expectAccessible(page, 'the export modal');
    // Two different passwords are refused before anything is asked of the server.
    const dialog = page.getByRole('dialog', { name: 'Export Search Results' });
    await dialog.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await dialog.getByLabel('Confirm password').fill(`${PASSWORD}x`);
    await dialog.getByRole('button', { name: 'Download ZIP' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/differ/);

    const zip = await downloadWith(page, dir, PASSWORD);
    expect(zip).toMatch(/process-instances-.*\.zip$/);
    const opened = await extract(zip, PASSWORD);
    expect(opened.failed).toBe(false);
    expect(readdirSync(opened.folder)).toEqual(['process-instances.csv']);
    const lines = readFileSync(join(opened.folder, 'process-instances.csv'), 'utf8').trim().split(/\r?\n/);
    expect(lines[0]?.split(',')).toEqual([
      'Id', 'tenantId', 'processDefnId', 'processDefnName', 'processDefnVersion', 'processDefinitionType', 'processTokenId', 'processTokenCounter',
      'status', 'processServerId', 'createdDtm', 'lastUpdatedDtm', 'expiringDtm', 'completedDtm', 'elapsedMilliseconds', 'extId', 'lastName',
      'firstName', 'dateOfBirth', 'phoneNumber', 'email', 'nationality', 'reviewedBy', 'docNum',
    ]);
    expect(lines.length - 1).toBe(3);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual([seeded.ids.oliver, seeded.ids.ann, seeded.ids.annLower].sort());
    expect((await extract(zip, 'not-the-password')).failed).toBe(true);
  });

  it('exports one instance from its row with its files', async () => {
    await page.goto('/?processDefnName=kyc-basic');
    await page.getByRole('row').filter({ hasText: 'Ann Lee' }).getByRole('button', { name: 'Export' }).click();
    await page.getByRole('dialog', { name: 'Export process instance' }).waitFor();
    const zip = await downloadWith(page, dir, PASSWORD);
    const opened = await extract(zip, PASSWORD);
    expect(opened.failed).toBe(false);
    const files = readdirSync(opened.folder, { recursive: true }).map(String).sort();
    expect(files).toEqual(expect.arrayContaining(['activity.json', 'workflowResult.json', join('faces', 'processTokenParams.json')]));
    expect(JSON.parse(readFileSync(join(opened.folder, 'faces', 'processTokenParams.json'), 'utf8'))).toMatchObject({ firstName: 'Ann', customerTier: 'Gold' });
  });

  it('exports a document instance from its detail page with the images in their real format', async () => {
    await page.goto(`/process-instances/${seeded.ids.maria}`);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const zip = await downloadWith(page, dir, PASSWORD);
    const opened = await extract(zip, PASSWORD);
    const files = readdirSync(opened.folder, { recursive: true }).map(String);
    expect(files).toEqual(expect.arrayContaining([join('idDocs', 'FRONT.Cropped.png'), join('idDocs', 'portrait.png'), 'summary.json']));
  });

  // Last: the 10,001 rows written here would otherwise fill the other tests' lists.
  it('shows the limit message above 10,000 matches and downloads nothing', async () => {
    const def = (await server.api('POST', '/api/v1/definitions', { format: 'json', name: 'bulk', definition: { steps: [{ type: 'DECISION' }] } })).body.id;
    // Written directly: the engine is not what is tested here, and 10,001 runs would take minutes.
    await server.testDb.db.query(
      `INSERT INTO instances (id, tenant_id, definition_id, process_defn_name, process_defn_version, process_definition_type, status, created_dtm)
       SELECT 'bulk' || lpad(g::text, 8, '0'), $1, $2, 'bulk', 1, 'KYC', 'COMPLETED_ENDED_SUCCESS', now() - g * interval '1 second'
         FROM generate_series(1, 10001) AS g`,
      [server.tenantId, def],
    );
    await page.goto('/?processDefnName=bulk');
    await page.getByRole('button', { name: 'Export Search Results' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export Search Results' });
    await dialog.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await dialog.getByLabel('Confirm password').fill(PASSWORD);
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await dialog.getByRole('button', { name: 'Download ZIP' }).click();
    await expect(dialog.getByRole('alert').textContent({ timeout: 20_000 })).resolves.toMatch(/hard limit of 10,000 Process Instances per export; 10,001 match/);
    expect(downloaded).toBe(false);
  });
});
