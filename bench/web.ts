/**
 * The back office against 1,000,000 instances on Postgres, in Debian's chromium (npm run bench:web):
 *   1. the list's first page: navigation to rows on screen, in a fresh browser context each time;
 *   2. a filter change (process definition): Apply to the new rows on screen;
 *   3. an export of 10,000 instances: "Download ZIP" to the finished download;
 *   4. the initial JS bundle (entry + preloads) gzipped, and the lazily loaded bpmn-js chunk.
 * Postgres is BENCH_DATABASE_URL (default postgres://root@127.0.0.1:5432/postgres): a scratch database is
 * created and dropped. BENCH_WEB_ROWS changes the row count (default 1,000,000).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../src/api/app.js';
import { WEB_DIST } from '../src/api/web-app.js';
import { createRuntime } from '../src/runtime.js';
import { createUser } from '../src/users/create-user.js';
import { launchBrowser, openSignedIn, sessionOf } from '../test/e2e/support/browser.js';
import { createScratchDatabase } from './engine-db.js';
import { BIG_TENANT, DEFINITION_NAMES, createListTenants, generateInstances } from './engine-list-data.js';

const ROWS = Number(process.env.BENCH_WEB_ROWS ?? 1_000_000);
const EXPORT_ROWS = 10_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${Math.round(x)} ms`;

function bundleSizes() {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const gz = (file: string) => gzipSync(readFileSync(join(WEB_DIST, file))).length;
  const js = initial.reduce((sum, f) => sum + gz(f), 0);
  const css = [...html.matchAll(/href="\/(assets\/[^"]+\.css)"/g)].reduce((sum, m) => sum + gz(m[1] ?? ''), 0);
  const bpmnInInitial = initial.some((f) => readFileSync(join(WEB_DIST, f), 'utf8').includes('bpmn-js'));
  return { initialFiles: initial, jsGzip: js, cssGzip: css, bpmnInInitial };
}

async function main() {
  const built = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build-web-if-stale.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building the back office failed');
  const bundle = bundleSizes();
  console.log(`initial JS: ${bundle.initialFiles.join(', ')} = ${(bundle.jsGzip / 1024).toFixed(1)} kB gzipped (CSS ${(bundle.cssGzip / 1024).toFixed(1)} kB); bpmn-js in it: ${bundle.bpmnInInitial}`);

  const scratch = await createScratchDatabase();
  try {
    const { db } = await scratch.schema('web', 16);
    let t = performance.now();
    await createListTenants(db);
    // The list data's definitions carry no flow; the filter panel reads GET /definitions, which needs one.
    await db.query(`UPDATE definitions SET graph = '{"startId": "StartEvent", "nodes": {"StartEvent": {"id": "StartEvent", "type": "startEvent", "outgoing": []}}, "flows": {}}'::jsonb`);
    for (let made = 0; made < ROWS; made += 100_000) await generateInstances(db, made + 1, Math.min(ROWS, made + 100_000));
    // 10,000 instances of the big tenant under one definition name: the export's filter.
    await db.query(
      `UPDATE instances SET process_defn_name = 'bench-export' WHERE id IN (SELECT id FROM instances WHERE tenant_id = $1 ORDER BY id LIMIT $2)`,
      [BIG_TENANT, EXPORT_ROWS],
    );
    await db.exec('VACUUM ANALYZE instances');
    console.log(`${ROWS.toLocaleString('en')} instances (half in tenant ${BIG_TENANT}) generated in ${ms(performance.now() - t)}`);

    const runtime = await createRuntime(db, {});
    const app = await buildApp(runtime);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const user = { username: `bench-${process.pid}`, password: 'bench-password-long' };
    await createUser(db, BIG_TENANT, { ...user, role: 'admin' }, { actor: 'bench' });
    const session = await sessionOf(url, user);
    const browser = await launchBrowser();
    try {
      const firstRow = 'table[aria-label="Process instances"] tbody tr a';
      // 1. First page, cold: a new context (no cache) per navigation.
      const firstPage: number[] = [];
      for (let i = 0; i < 7; i++) {
        const opened = await openSignedIn(browser, url, session, 'about:blank');
        t = performance.now();
        await opened.page.goto('/');
        await opened.page.locator(firstRow).first().waitFor({ timeout: 30_000 });
        firstPage.push(performance.now() - t);
        await opened.close();
      }
      console.log(`list first page (navigation → rows, cold): median ${ms(median(firstPage))} of ${firstPage.map(ms).join(', ')}`);

      // 2. Filter changes: each Apply until every row on screen is of the new definition.
      const { page, close } = await openSignedIn(browser, url, session, '/');
      await page.locator(firstRow).first().waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Filter', exact: true }).click();
      const filterChange: number[] = [];
      for (let i = 0; i < 10; i++) {
        const name = DEFINITION_NAMES[i % DEFINITION_NAMES.length] ?? 'kyc-basic';
        await page.getByRole('textbox', { name: 'Process definition', exact: true }).click({ force: true });
        await page.getByRole('option', { name, exact: true }).click();
        t = performance.now();
        await page.getByRole('button', { name: 'Apply filters' }).click();
        // Polled from here (the page's CSP forbids evaluated strings): every row's Process cell names the definition.
        const cells = page.locator('table[aria-label="Process instances"] tbody tr td:nth-child(2)');
        for (;;) {
          const texts = await cells.allTextContents();
          if (texts.length > 0 && texts.every((c) => c.startsWith(`${name} `))) break;
          if (performance.now() - t > 30_000) {
            await page.screenshot({ path: "/tmp/bo-web/bench-fail.png" });
            throw new Error(`rows of ${name} did not appear: ${texts.slice(0, 3).join(" | ")}`);
          }
        }
        filterChange.push(performance.now() - t);
      }
      // What the browser needs for a change that asks nothing of the server: the machine's own pace.
      const toggles: number[] = [];
      for (let i = 0; i < 6; i++) {
        t = performance.now();
        await page.getByRole('button', { name: 'Filter', exact: true }).click();
        await page.getByRole('button', { name: 'Filter', exact: true }).and(page.locator(`[aria-expanded="${i % 2 === 1}"]`)).waitFor();
        toggles.push(performance.now() - t);
      }
      console.log(`client-only change (toggle the filter panel): median ${ms(median(toggles))}`);
      // The same change at the API alone, for comparison with the browser's figure.
      const apiOnly: number[] = [];
      for (let i = 0; i < 10; i++) {
        const name = DEFINITION_NAMES[i % DEFINITION_NAMES.length] ?? 'kyc-basic';
        t = performance.now();
        const res = await fetch(`${url}/api/v1/process-instances?processDefnName=${name}&limit=50`, { headers: { cookie: `idflow_session=${session}` } });
        await res.json();
        apiOnly.push(performance.now() - t);
      }
      console.log(`filtered list at the API (GET, 50 rows): median ${ms(median(apiOnly))}`);
      console.log(`filter change (Apply → new rows): median ${ms(median(filterChange))} of ${filterChange.map(ms).join(', ')}`);

      // 3. Export of 10,000 instances to the finished download.
      const exports: number[] = [];
      for (let i = 0; i < 3; i++) {
        await page.goto('/?processDefnName=bench-export');
        await page.locator(firstRow).first().waitFor({ timeout: 30_000 });
        await page.getByRole('button', { name: 'Export Search Results' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('Password', { exact: true }).fill('bench-export-pw');
        await dialog.getByLabel('Confirm password').fill('bench-export-pw');
        t = performance.now();
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: 'Download ZIP' }).click()]);
        await download.path();
        exports.push(performance.now() - t);
        await download.delete();
      }
      console.log(`export of ${EXPORT_ROWS.toLocaleString('en')} instances (click → download finished): median ${ms(median(exports))} of ${exports.map(ms).join(', ')}`);
      await close();
    } finally {
      await browser.close();
      await app.close();
      await runtime.worker.stop();
      await db.close();
    }
  } finally {
    await scratch.drop();
  }
}

await main();
