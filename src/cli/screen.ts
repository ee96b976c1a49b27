import { createReadStream, existsSync } from 'node:fs';
import { parse } from 'csv-parse';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { countryCode } from '../screening/lists/countries.js';
import { buildScreeningIndex, screenName, type ScreeningHit, type ScreeningIndex } from '../screening/matcher.js';
import type { ListVersionInfo } from '../screening/store/list-version.js';
import { loadActiveEntities } from '../screening/store/load-active-entities.js';
import { csvField, parseThreshold, parseType } from './screening-options.js';
import { openStore } from './open-store.js';

const out = (text: string) => process.stdout.write(`${text}\n`);

interface ScreenOptions {
  json?: boolean;
  batch?: string;
  type?: string;
  dob?: string;
  country?: string;
  threshold?: string;
  limit?: string;
}

function parseDob(command: Command, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{4}(-\d{2}-\d{2})?$/.test(value.trim())) command.error(`date of birth '${value}' must be YYYY or YYYY-MM-DD`, { code: 'SCREEN_USAGE', exitCode: 2 });
  return value.trim();
}

function parseCountry(command: Command, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const code = /^[A-Za-z]{2,3}$/.test(value.trim()) ? countryCode(value.trim().toUpperCase()) : undefined;
  if (!code) command.error(`country '${value}' must be an ISO 3166-1 alpha-2 or alpha-3 code such as DE or DEU`, { code: 'SCREEN_USAGE', exitCode: 2 });
  return code;
}

function parseLimit(command: Command, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) command.error(`--limit '${value}' must be a whole number of at least 1`, { code: 'SCREEN_USAGE', exitCode: 2 });
  return n;
}

function matchJson(hit: ScreeningHit) {
  return { source: hit.source, sourceId: hit.sourceId, name: hit.name, matchedName: hit.matchedName, score: hit.score, type: hit.type, band: hit.band, explanation: hit.explanation };
}

function versionJson(v: ListVersionInfo) {
  return { id: v.id, source: v.source, publishedAt: v.publishedAt ?? null, importedAt: v.importedAt, sha256: v.sha256, entities: v.counts.entities };
}

/** Loads the active lists from the configured database and builds the index; stops when no list is imported. */
async function loadIndex(): Promise<{ index: ScreeningIndex; versions: ListVersionInfo[] }> {
  const store = await openStore(loadConfig(), 'screen');
  try {
    const active = await loadActiveEntities(store.db);
    if (active.versions.length === 0) {
      const err = new Error('no sanctions lists are imported: import one first with idflow lists import <file-or-dir>') as Error & { code: string };
      err.code = 'SCREEN_NO_LISTS';
      throw err;
    }
    return { index: buildScreeningIndex(active.entities), versions: active.versions };
  } finally {
    await store.close();
  }
}

async function runBatch(command: Command, file: string, opts: ScreenOptions): Promise<void> {
  if (!existsSync(file)) command.error(`--batch ${file}: no such file`, { code: 'SCREEN_USAGE', exitCode: 2 });
  const threshold = parseThreshold(command, opts.threshold);
  const limit = parseLimit(command, opts.limit);
  const defaultType = parseType(command, opts.type);
  const { index } = await loadIndex();
  const rows: Array<Record<string, string>> = [];
  for await (const row of createReadStream(file, 'utf8').pipe(parse({ columns: true, skip_empty_lines: true, trim: true, bom: true }))) rows.push(row);
  if (rows.length > 0 && !('id' in rows[0] && 'name' in rows[0])) {
    command.error(`--batch ${file}: the header must name id,name (and optionally type,dob,country)`, { code: 'SCREEN_USAGE', exitCode: 2 });
  }
  const bar = !opts.json && process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'Screening {bar} {value}/{total} names | {rate} names/s', hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(rows.length, 0, { rate: 0 });
  if (!opts.json) out('id,name,source,sourceId,listName,matchedName,score,band,type');
  const started = performance.now();
  let hitRows = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const hits = screenName(index, {
      name: row.name ?? '',
      type: row.type ? parseType(command, row.type) : defaultType,
      dob: parseDob(command, row.dob),
      country: parseCountry(command, row.country),
      threshold,
      limit,
    });
    if (hits.length > 0) hitRows++;
    if (opts.json) out(JSON.stringify({ id: row.id, matches: hits.map(matchJson) }));
    else for (const h of hits) out([row.id, row.name, h.source, h.sourceId, h.name, h.matchedName, String(h.score), h.band, h.type].map(csvField).join(','));
    if (bar && (i % 200 === 0 || i === rows.length - 1)) bar.update(i + 1, { rate: Math.round((i + 1) / ((performance.now() - started) / 1000)) });
  }
  bar?.stop();
  if (!opts.json) {
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`Screened ${rows.length} names in ${seconds.toFixed(1)} s (${Math.round(rows.length / Math.max(seconds, 1e-9))} names/s): ${hitRows} with hits\n`);
  }
}

export function registerScreenCommand(program: Command): void {
  program
    .command('screen')
    .description('screen a name (or a CSV of names) against the imported sanctions lists')
    .argument('[name]', 'the name to screen')
    .option('--json', 'print JSON')
    .option('--batch <file>', 'CSV with header id,name (optional type,dob,country): hits per row')
    .option('--type <type>', 'entity type: person|organization|vessel|aircraft')
    .option('--dob <date>', 'date of birth, YYYY or YYYY-MM-DD')
    .option('--country <code>', 'country, ISO 3166-1 alpha-2 (or alpha-3)')
    .option('--threshold <x>', 'lowest score reported (0-1)')
    .option('--limit <n>', 'most hits per name (default 10)')
    .action(async (name: string | undefined, opts: ScreenOptions, command: Command) => {
      if (opts.batch) {
        if (name !== undefined) command.error('give either a name or --batch <file>, not both', { code: 'SCREEN_USAGE', exitCode: 2 });
        await runBatch(command, opts.batch, opts);
        return;
      }
      if (name === undefined || name.trim() === '') command.error('give a name: idflow screen "<name>" (or --batch customers.csv)', { code: 'SCREEN_USAGE', exitCode: 2 });
      const query = {
        name,
        type: parseType(command, opts.type),
        dob: parseDob(command, opts.dob),
        country: parseCountry(command, opts.country),
        threshold: parseThreshold(command, opts.threshold),
        limit: parseLimit(command, opts.limit),
      };
      const { index, versions } = await loadIndex();
      const hits = screenName(index, query);
      if (opts.json) {
        out(JSON.stringify({ matches: hits.map(matchJson), listVersions: versions.map(versionJson) }));
        return;
      }
      out(hits.length === 0 ? `No hits for "${name}"` : `${hits.length} hit${hits.length === 1 ? '' : 's'} for "${name}":`);
      for (const h of hits) {
        out(`  ${h.score.toFixed(3)} ${h.band.padEnd(6)} ${h.source} ${h.sourceId} ${h.name}${h.matchedName !== h.name ? ` (as "${h.matchedName}")` : ''} [${h.type}]`);
        out(`        ${h.explanation.summary}`);
      }
      out(`Lists: ${versions.map((v) => `${v.source} ${v.id}`).join(', ')}`);
    });
}
