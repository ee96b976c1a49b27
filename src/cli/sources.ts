import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import { type Command, Option } from 'commander';
import { loadConfig } from '../config.js';
import { FieldError, parseColumnMap } from '../kyc/canonical-fields.js';
import { formatOfFileName, readSourceFile, SOURCE_FORMATS, type SourceFormat } from '../kyc/read-source-file.js';
import { importSourceVersion } from '../kyc/sql/import-source-version.js';
import { getSourceDiff } from '../kyc/sql/get-source-diff.js';
import { listSources } from '../kyc/sql/list-sources.js';
import { cliTenant } from './cli-tenant.js';
import { openStore } from './open-store.js';
import { printVersionDiff } from './print-version-diff.js';

const out = (line = '') => process.stdout.write(`${line}\n`);
const n = (v: number) => v.toLocaleString('en-US');
const PROBLEMS_SHOWN = 10;
const usage = (message: string) => Object.assign(new Error(message), { code: 'USAGE', exitCode: 2 });

interface ImportOptions {
  name: string;
  provider?: string;
  format?: SourceFormat;
  map?: string;
  creditBureau?: 'Equifax' | 'Experian';
  tenant?: string;
}

async function runImport(file: string, opts: ImportOptions): Promise<void> {
  if (!existsSync(file)) throw usage(`${file}: no such file`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(opts.name)) throw usage(`--name "${opts.name}": use letters, digits, dot, dash and underscore (e.g. au-elec-roll)`);
  let map;
  try {
    map = parseColumnMap(opts.map);
  } catch (err) {
    if (err instanceof FieldError) throw usage(err.message);
    throw err;
  }
  const format = opts.format ?? formatOfFileName(file);
  const started = performance.now();
  let parsed;
  try {
    parsed = await readSourceFile(createReadStream(file), { format, map });
  } catch (err) {
    if (err instanceof FieldError) throw Object.assign(new Error(`${file}: ${err.message}`), { code: 'KYC_SOURCE_FILE', exitCode: 2 });
    throw err;
  }
  out(`Read ${format} from ${file}: ${n(parsed.records.length)} records, ${n(parsed.problems.length)} bad rows skipped`);
  for (const p of parsed.problems.slice(0, PROBLEMS_SHOWN)) out(`  line ${p.line}: ${p.message}`);
  if (parsed.problems.length > PROBLEMS_SHOWN) out(`  … and ${n(parsed.problems.length - PROBLEMS_SHOWN)} more (idflow sources --json shows the stored ones)`);
  if (parsed.records.length === 0) {
    throw Object.assign(new Error(`${file}: no valid record (${parsed.problems.length} bad rows): fix the file; the version in force is unchanged`), { code: 'KYC_SOURCE_EMPTY', exitCode: 2 });
  }
  const store = await openStore(loadConfig(), 'sources');
  const bar = process.stdout.isTTY ? new cliProgress.SingleBar({ format: 'Importing {bar} {value}/{total} records', hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
  try {
    const tenantId = await cliTenant(store.db, opts.tenant);
    bar?.start(parsed.records.length, 0);
    const outcome = await importSourceVersion(
      store.db,
      { tenantId, source: opts.name, provider: opts.provider, creditBureau: opts.creditBureau, format, sha256: parsed.sha256, fileName: basename(file), records: parsed.records, problems: parsed.problems },
      { onProgress: (done) => bar?.update(done) },
    );
    bar?.stop();
    const v = outcome.version;
    if (outcome.status === 'unchanged') {
      out(`Unchanged: version ${v.id} of ${v.source} has the same content (sha256 ${v.sha256.slice(0, 12)}…); nothing imported.`);
      return;
    }
    out(`Imported ${v.source} version ${v.id} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${n(v.counts.records)} records, sha256 ${v.sha256.slice(0, 12)}…`);
    out(v.previousVersionId ? `Against ${v.previousVersionId}: ${n(v.diff.added)} added, ${n(v.diff.removed)} removed, ${n(v.diff.changed)} changed` : `First version of ${v.source}: ${n(v.diff.added)} added`);
  } finally {
    bar?.stop();
    await store.close();
  }
}

async function runList(opts: { json?: boolean; all?: boolean; tenant?: string }): Promise<void> {
  const store = await openStore(loadConfig(), 'sources');
  try {
    const tenantId = await cliTenant(store.db, opts.tenant);
    const sources = await listSources(store.db, tenantId, { versions: opts.all });
    if (opts.json) {
      out(JSON.stringify(sources, null, 2));
      return;
    }
    if (sources.length === 0) {
      out('No data sources yet: idflow sources import --name <source> <file>');
      return;
    }
    const rows = sources.flatMap((s) => (s.versions ?? (s.activeVersion ? [s.activeVersion] : [])).map((v) => [
      s.name, s.provider, s.creditBureau ?? '-', v.id, v.status, v.importedAt.slice(0, 19).replace('T', ' '), n(v.counts.records), n(v.counts.problems), `+${n(v.diff.added)} -${n(v.diff.removed)} ~${n(v.diff.changed)}`, v.sha256.slice(0, 12),
    ]));
    const header = ['SOURCE', 'PROVIDER', 'BUREAU', 'VERSION', 'STATUS', 'IMPORTED (UTC)', 'RECORDS', 'BAD ROWS', 'DIFF', 'SHA256'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    for (const r of [header, ...rows]) out(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
  } finally {
    await store.close();
  }
}

async function runDiff(versionId: string | undefined, opts: { json?: boolean; all?: boolean; tenant?: string }): Promise<void> {
  const store = await openStore(loadConfig(), 'sources');
  try {
    const tenantId = await cliTenant(store.db, opts.tenant);
    const latest = (await listSources(store.db, tenantId, { versions: true })).flatMap((s) => s.versions ?? []).sort((a, b) => b.importedAt.localeCompare(a.importedAt))[0];
    const id = versionId ?? latest?.id;
    if (!id) throw Object.assign(new Error('no data source imported yet: idflow sources import --name <source> <file>'), { code: 'NOT_FOUND' });
    const diff = await getSourceDiff(store.db, tenantId, id);
    if (!diff) throw Object.assign(new Error(`source version ${id} does not exist: idflow sources --all shows the versions`), { code: 'NOT_FOUND' });
    if (opts.json) {
      out(JSON.stringify(diff, null, 2));
      return;
    }
    printVersionDiff(out, diff, opts.all);
  } finally {
    await store.close();
  }
}

/** `idflow sources`, `idflow sources import` and `idflow sources diff`: the tenant's KYC data sources. */
export function registerSourcesCommand(program: Command): void {
  const sources = program
    .command('sources')
    .description('KYC data sources: imported versions and their counts')
    .option('--json', 'print JSON')
    .option('--all', 'every version, not only the active ones')
    .option('--tenant <id>', 'tenant (default: the only tenant, or "demo")')
    .action(runList);
  sources
    .command('import <file>')
    .description('import a CSV or JSONL file of person records as a new version of a data source')
    .requiredOption('--name <source>', 'the data source to file the version under, e.g. au-elec-roll')
    .option('--provider <name>', 'the provider name the PROs carry (default: the source name)')
    .addOption(new Option('--format <format>', 'file format (default: from the file name, .jsonl or csv)').choices([...SOURCE_FORMATS]))
    .option('--map <pairs>', 'other column names as fileColumn=canonicalName,… e.g. surname=familyName,dob=dateOfBirth')
    .addOption(new Option('--credit-bureau <bureau>', 'mark the source as a credit bureau (its PROs get the CreditBureauMatch note)').choices(['Equifax', 'Experian']))
    .option('--tenant <id>', 'tenant (default: the only tenant, or "demo")')
    // `--tenant` after `import` is parsed by `sources` itself, which has the same option: read both.
    .action((file: string, _opts: unknown, command: Command) => runImport(file, command.optsWithGlobals<ImportOptions>()));
  sources
    .command('diff [versionId]')
    .description('the recordIds a version added, removed and changed (default: the latest import)')
    .option('--json', 'print JSON')
    .option('--all', 'list every recordId')
    .option('--tenant <id>', 'tenant (default: the only tenant, or "demo")')
    .action((versionId: string | undefined, _opts: unknown, command: Command) => runDiff(versionId, command.optsWithGlobals()));
}
