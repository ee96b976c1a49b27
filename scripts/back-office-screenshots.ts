// Screenshots of every back-office page at 1280×800 over a small seeded tenant (Debian chromium):
//   npx tsx scripts/back-office-screenshots.ts [out-dir]     (default docs/screenshots)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openPage, signIn } from '../test/e2e/support/browser.js';
import { seedInstances } from '../test/e2e/support/seed.js';
import { startServer } from '../test/e2e/support/server.js';

const out = process.argv[2] ?? join('docs', 'screenshots');
mkdirSync(out, { recursive: true });
if (spawnSync(process.execPath, [join(import.meta.dirname, 'build-web-if-stale.mjs')], { stdio: 'inherit' }).status !== 0) throw new Error('building the back office failed');
const server = await startServer();
const browser = await launchBrowser();
try {
  const seeded = await seedInstances(server);
  const admin = await server.user('admin');
  const { page, errors, close } = await openPage(browser, server.url);
  await page.goto('/login');
  await page.screenshot({ path: join(out, 'login.png') });
  await signIn(page, admin.username, admin.password);
  const shots: Array<[string, string, (() => Promise<void>)?]> = [
    ['process-instances', '/', async () => { await page.getByRole('button', { name: 'Filter' }).click(); await page.getByLabel('Parameter value').waitFor(); await page.waitForTimeout(500); }],
    ['instance-detail', `/process-instances/${seeded.ids.ivan}?tab=summary`],
    ['instance-documents', `/process-instances/${seeded.ids.maria}`],
    ['instance-bpmn', `/process-instances/${seeded.ids.ivan}?tab=bpmn`, async () => { await page.getByRole('button', { name: 'Play' }).click(); await page.getByText(/Played \d+ of/).waitFor(); }],
    ['instance-review', `/process-instances/${seeded.ids.ivan}?tab=review`],
    ['review-queue', '/review-queue'],
    ['definitions', '/definitions'],
    ['process-tokens', '/process-tokens'],
    ['screening', '/screening'],
    ['audit-log', '/audit-log'],
    ['users', '/users'],
  ];
  for (const [name, path, then] of shots) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    if (then) await then();
    await page.screenshot({ path: join(out, `${name}.png`) });
    process.stdout.write(`${join(out, `${name}.png`)}\n`);
  }
  if (errors.length) process.stdout.write(`console errors:\n${errors.join('\n')}\n`);
  await close();
} finally {
  await browser.close();
  await server.close();
}
