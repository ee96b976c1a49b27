import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeInBrowser, expectAccessible, launchBrowser, openSignedIn, sessionOf } from './support/browser.js';
import { choose } from './support/list-page.js';
import { seedInstances, type Seeded } from './support/seed.js';
import { startServer, type E2eServer } from './support/server.js';

describeInBrowser('process instance detail', () => {
  let server: E2eServer;
  let browser: Browser;
  let seeded: Seeded;
  let reviewer: { username: string; password: string };
  let page: Page;
  let errors: string[];
  let close: () => Promise<void>;
  let session: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    seeded = await seedInstances(server);
    reviewer = await server.user('reviewer');
    session = await sessionOf(server.url, reviewer);
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

  const record = async (id: string) => (await server.api('GET', `/api/v1/process-instances/${id}`)).body;
  const tab = (name: string) => page.getByRole('tab', { name, exact: true }).click();

  it('opens from the list and shows the overview and every section', async () => {
    await page.getByRole('link', { name: 'Ivan Petrov' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ivan Petrov' }).waitFor();
    const overview = page.getByRole('region', { name: 'Overview' });
    for (const text of ['1970-01-02', 'kyc-aml-review v1', 'REVIEW', seeded.ids.ivan]) await overview.getByText(text, { exact: true }).first().waitFor();
    // Token parameters and the document gave no email: the reference's wording.
    await expect(overview.getByText('Not available').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Copy Reference ID' }).isVisible()).resolves.toBe(true);
    await page.getByText('No documents').waitFor();
    await expectAccessible(page, 'the detail (documents)');

    await tab('Summary checks');
    const hit = page.getByRole('region', { name: 'AML hit PETROV, Ivan' });
    await hit.waitFor();
    await expect(hit.textContent()).resolves.toMatch(/OFAC.*List version/s);
    await expect(hit.getByRole('table', { name: 'Why PETROV, Ivan matched' }).textContent()).resolves.toMatch(/petrov/i);
    const steps = await page.locator('section[aria-label^="Step "]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(steps).toEqual(['Step START', 'Step MATCHLIST', 'Step AML', 'Step RISK', 'Step DECISION', 'Step FINISH']);
    await expectAccessible(page, 'the summary checks');

    await tab('Timeline');
    const rows = await page.getByRole('table', { name: 'Timeline' }).locator('tbody tr td:nth-child(2)').allTextContents();
    expect(rows).toEqual(['START', 'MATCHLIST', 'AML', 'RISK', 'DECISION', 'FINISH']);
    await expectAccessible(page, 'the timeline');

    await tab('Review');
    await page.getByRole('table', { name: 'Audit trail entries' }).or(page.getByText('Nothing recorded yet.')).waitFor();
    await expectAccessible(page, 'the review section');
  });

  it('shows a document with its images, checks and More Data', async () => {
    await page.goto(`/process-instances/${seeded.ids.maria}`);
    const doc = page.getByRole('article', { name: 'Document Passport' });
    await doc.waitFor();
    const portrait = doc.getByRole('img', { name: 'Portrait image of the document' });
    await portrait.waitFor();
    // The browser decoded the image (an expression: the test's types know no DOM).
    await expect.poll(() => page.evaluate(`document.querySelector('img[alt="Portrait image of the document"]')?.naturalWidth`)).toBe(120);
    await expect(doc.getByRole('list', { name: 'Document checks' }).textContent()).resolves.toMatch(/true/);
    await doc.getByRole('button', { name: 'More Data' }).click();
    await expect(doc.getByRole('table', { name: 'Extracted fields' }).textContent()).resolves.toMatch(/XDA123456/);
    await expectAccessible(page, 'the documents section');
  });

  it('plays the journey: visited elements light up in the timeline order, the branch not taken stays grey', async () => {
    await page.goto(`/process-instances/${seeded.ids.ivan}?tab=bpmn`);
    const play = page.getByRole('button', { name: 'Play' });
    await page.locator('.idflow-bpmn [data-element-id="Task_AML"]').waitFor();
    await expect(play.isEnabled()).resolves.toBe(true);
    // Records the order in which shapes become visited (a string: the test's types know no DOM).
    await page.evaluate(`(() => {
      const seen = [];
      window.visited = seen;
      new MutationObserver((changes) => {
        for (const c of changes) {
          const id = c.target.getAttribute('data-element-id');
          if (id && c.target.classList.contains('djs-shape') && c.target.classList.contains('idflow-visited') && !seen.includes(id)) seen.push(id);
        }
      }).observe(document.querySelector('.idflow-bpmn'), { attributes: true, attributeFilter: ['class'], subtree: true });
    })()`);
    await play.click();
    await page.getByText(/^Played 6 of 6: FINISH/).waitFor();
    const timeline = ((await record(seeded.ids.ivan)).timeline as Array<{ elementId: string }>).map((a) => a.elementId);
    const visited = (await page.evaluate('window.visited')) as string[];
    expect(visited.filter((id) => timeline.includes(id))).toEqual(timeline);
    const recheck = await page.locator('.idflow-bpmn [data-element-id="Task_RECHECK"]').getAttribute('class');
    expect(recheck).toMatch(/idflow-pending/);
    expect(recheck).not.toMatch(/idflow-visited/);
    // Each visited element carries its duration.
    await expect(page.locator('.idflow-duration').count()).resolves.toBe(6);
    await expectAccessible(page, 'the BPMN overview');
  });

  it('resolves an AML hit as a false positive and overrides a risk factor', async () => {
    await page.goto(`/process-instances/${seeded.ids.ivan}?tab=summary`);
    const hit = page.getByRole('region', { name: 'AML hit PETROV, Ivan' });
    await hit.getByRole('button', { name: 'False positive' }).click();
    await hit.getByText('false positive', { exact: true }).waitFor();
    const pro = (await record(seeded.ids.ivan)).workflowResult.workflowStepResults.find((s: { stepName: string }) => s.stepName === 'AML').processResults[0];
    expect(pro.manualStatus).toBe('FALSE_POSITIVE');

    const factors = page.getByRole('table', { name: 'Risk factors' });
    const first = factors.locator('tbody tr').first();
    await first.getByRole('button', { name: /^Override / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Override score').fill('55');
    await dialog.getByLabel('Comment').fill('known customer segment');
    await dialog.getByRole('button', { name: 'Save override' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await first.locator('td').nth(3).textContent())?.trim()).toBe('55');
    const factor = (await record(seeded.ids.ivan)).workflowResult.riskAssessment.riskFactors.find((f: { manualOverrideScore?: number }) => f.manualOverrideScore === 55);
    expect(factor).toBeDefined();
  });

  it('changes the status with a comment, recorded in the audit trail', async () => {
    await page.goto(`/process-instances/${seeded.ids.ivan}?tab=review`);
    await choose(page, 'New status', 'Declined');
    await page.getByLabel('Comment').fill('confirmed sanctions match');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByText('Status changed to Declined.').waitFor();
    const r = await record(seeded.ids.ivan);
    expect(r.status).toBe('COMPLETED_ENDED_ERROR');
    expect(r.review.comment).toBe('confirmed sanctions match');
    await expect(page.getByRole('table', { name: 'Audit trail entries' }).textContent()).resolves.toMatch(/instance\.status_override/);
  });

  it('makes an accepting override of a case in review a proposal that only a second reviewer can approve', async () => {
    const run = await server.api('POST', '/api/v1/workflows/kyc-aml-review/execute', { individual: { name: { givenName: 'Ivan', familyName: 'Petrov' }, dateOfBirth: '1970-01-02' } });
    const id = run.body.workflowResult.workflowExecutionId as string;
    expect((await record(id)).status).toBe('REVIEW');
    await page.goto(`/process-instances/${id}?tab=review`);
    await choose(page, 'New status', 'Accepted');
    await page.getByLabel('Comment').fill('different person: other birth date on the passport');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByText(/Your change is a proposal/).waitFor();
    const pending = page.getByRole('region', { name: 'Pending proposal' });
    await pending.getByRole('button', { name: 'Approve' }).click();
    await expect(pending.getByRole('alert').textContent()).resolves.toMatch(/propos/i);
    expect((await record(id)).status).toBe('REVIEW');

    // The second reviewer finds it in the review queue and approves it.
    const second = await server.user('reviewer');
    const other = await openSignedIn(browser, server.url, await sessionOf(server.url, second), '/review-queue');
    const queued = other.page.getByRole('table', { name: 'Pending proposals' }).getByRole('link', { name: id });
    await queued.click();
    await other.page.getByRole('region', { name: 'Pending proposal' }).getByRole('button', { name: 'Approve' }).click();
    await other.page.getByRole('table', { name: 'Decided proposals' }).getByText(second.username).waitFor();
    expect((await record(id)).status).toBe('COMPLETED_ENDED_SUCCESS');
    await expect(other.page.getByRole('table', { name: 'Audit trail entries' }).textContent()).resolves.toMatch(/instance\.override_proposed.*instance\.override_approved/s);
    await expectAccessible(other.page, 'the review section with a decided proposal');
    expect(other.errors).toEqual([]);
    await other.close();
  });
});
