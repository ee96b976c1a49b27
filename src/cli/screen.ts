import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { buildScreeningIndex, screenName } from '../screening/matcher.js';
import type { ListVersionInfo } from '../screening/store/list-version.js';
import { type ActiveEntities, loadActiveEntities } from '../screening/store/load-active-entities.js';
import { exitWhenStdoutCloses } from './stdout-closed.js';
import { openStore } from './open-store.js';
import { runScreenBatch } from './screen-batch.js';
import { matchJson } from './screen-output.js';
import { UsageError, parseCountry, parseDateOrder, parseDob, parseLimit, parseThreshold, parseType, usage } from './screening-args.js';

const out = (text: string) => process.stdout.write(`${text}\n`);

interface ScreenOptions {
  json?: boolean;
  batch?: string;
  type?: string;
  dob?: string;
  country?: string;
  threshold?: string;
  limit?: string;
  map?: string;
  dateOrder?: string;
  threads?: string;
  failOnHit?: boolean;
}

function versionJson(v: ListVersionInfo) {
  return { id: v.id, source: v.source, publishedAt: v.publishedAt ?? null, importedAt: v.importedAt, sha256: v.sha256, entities: v.counts.entities };
}

/** The active lists' entities from the configured database; stops when no list is imported. */
async function loadLists(): Promise<ActiveEntities> {
  const store = await openStore(loadConfig(), 'screen');
  try {
    const active = await loadActiveEntities(store.db);
    if (active.versions.length === 0) {
      throw Object.assign(new Error('no sanctions lists are imported: import one first with idflow lists import <file-or-dir>'), { code: 'SCREEN_NO_LISTS' });
    }
    return active;
  } finally {
    await store.close();
  }
}

function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) usage('SCREEN_USAGE', `--threads '${value}' must be a whole number from 1 to 64`);
  return n;
}

async function runBatch(file: string, opts: ScreenOptions): Promise<void> {
  const summary = await runScreenBatch(file, async () => (await loadLists()).entities, {
    json: opts.json === true,
    map: opts.map,
    dateOrder: parseDateOrder(opts.dateOrder),
    type: parseType(opts.type),
    threshold: parseThreshold(opts.threshold),
    limit: parseLimit(opts.limit),
    threads: parseThreads(opts.threads),
  });
  if (!opts.json || process.stderr.isTTY) {
    const rate = Math.round(summary.rows / Math.max(summary.screenSeconds, 1e-9));
    process.stderr.write(
      `Screened ${summary.rows} rows in ${summary.screenSeconds.toFixed(1)} s (${rate} names/s, after ${summary.loadSeconds.toFixed(1)} s loading the lists): ` +
        `${summary.hitRows} with hits, ${summary.badRows} bad rows skipped\n`,
    );
  }
  if (opts.failOnHit && summary.hitRows > 0) process.exitCode = 1;
}

export function registerScreenCommand(program: Command): void {
  program
    .command('screen')
    .description('screen a name (or a CSV of names) against the imported sanctions, PEP and watch lists')
    .argument('[name]', 'the name to screen')
    .option('--json', 'print JSON')
    .option('--batch <file>', 'CSV with a header naming id,name (optional type,dob,country): hits per row; a bad row is reported and skipped')
    .option('--map <field=column,…>', 'the columns of the batch file holding id, name, type, dob, country (e.g. name=full_name,dob=date_of_birth,country=nationality)')
    .option('--date-order <order>', 'how to read 05/07/1969 in the batch file or --dob: dmy or mdy')
    .option('--threads <n>', 'worker threads for --batch (default: one per core for files over 256 KB)')
    .option('--fail-on-hit', 'exit 1 when any name has a hit (for scripts)')
    .option('--type <type>', 'entity type: person|organization|vessel|aircraft')
    .option('--dob <date>', 'date of birth: YYYY or YYYY-MM-DD (or 16 Jul 1969)')
    .option('--country <country>', 'country: ISO 3166-1 alpha-2 or alpha-3 code, or its name')
    .option('--threshold <x>', 'lowest score reported (0-1)')
    .option('--limit <n>', 'most hits per name (default 10)')
    .action(async (name: string | undefined, opts: ScreenOptions) => {
      exitWhenStdoutCloses();
      if (opts.batch) {
        if (name !== undefined) usage('SCREEN_USAGE', 'give either a name or --batch <file>, not both');
        await runBatch(opts.batch, opts);
        return;
      }
      if (name === undefined || name.trim() === '') throw new UsageError('SCREEN_USAGE', 'give a name: idflow screen "<name>" (or --batch customers.csv)');
      const query = {
        name,
        type: parseType(opts.type),
        dob: parseDob(opts.dob, parseDateOrder(opts.dateOrder)),
        country: parseCountry(opts.country),
        threshold: parseThreshold(opts.threshold),
        limit: parseLimit(opts.limit),
      };
      const active = await loadLists();
      const hits = screenName(buildScreeningIndex(active.entities), query);
      if (opts.failOnHit && hits.length > 0) process.exitCode = 1;
      if (opts.json) {
        out(JSON.stringify({ matches: hits.map(matchJson), listVersions: active.versions.map(versionJson) }));
        return;
      }
      out(hits.length === 0 ? `No hits for "${name}"` : `${hits.length} hit${hits.length === 1 ? '' : 's'} for "${name}":`);
      for (const h of hits) {
        out(`  ${h.score.toFixed(3)} ${h.band.padEnd(6)} ${h.category.padEnd(9)} ${h.source} ${h.sourceId} ${h.name}${h.matchedName !== h.name ? ` (as "${h.matchedName}")` : ''} [${h.type}]`);
        if (h.positions?.length) out(`        positions: ${h.positions.join('; ')}`);
        out(`        ${h.explanation.summary}`);
      }
      out(`Lists: ${active.versions.map((v) => `${v.source} ${v.id}`).join(', ')}`);
    });
}
