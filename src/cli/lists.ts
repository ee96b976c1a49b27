import { type Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.js';
import { LIST_FORMATS, type ListFormat } from '../screening/lists/parse-result.js';
import { readListInput } from '../screening/lists/read-list.js';
import type { ListProblem } from '../screening/lists/parse-result.js';
import { CSV_LIST_FIELDS, parseColumnMap } from '../screening/lists/csv-list.js';
import { importList } from '../instances/import-list.js';
import type { ListEntityType } from '../screening/types.js';
import { getDiff } from '../screening/store/get-diff.js';
import type { ListVersionInfo } from '../screening/store/list-version.js';
import { listVersions } from '../screening/store/list-versions.js';
import { openStore } from './open-store.js';
import { printVersionDiff } from './print-version-diff.js';

const out = (line = '') => process.stdout.write(`${line}\n`);
const n = (v: number) => v.toLocaleString('en-US');
/** Problems printed after an import; the version keeps the first 500 and the full count. */
const PROBLEMS_SHOWN = 10;

function printProblems(problems: ListProblem[]): void {
  if (problems.length === 0) return;
  out(`${n(problems.length)} problem${problems.length === 1 ? '' : 's'} (rows skipped or fields left out):`);
  for (const p of problems.slice(0, PROBLEMS_SHOWN)) {
    const where = [p.element, p.line !== undefined ? `line ${p.line}` : undefined].filter(Boolean).join(' ');
    out(`  ${where ? `${where}: ` : ''}${p.message}`);
  }
  if (problems.length > PROBLEMS_SHOWN) out(`  … and ${n(problems.length - PROBLEMS_SHOWN)} more (idflow lists --json shows the stored ones)`);
}

function printVersions(versions: ListVersionInfo[]): void {
  if (versions.length === 0) {
    out('No lists imported yet: idflow lists import <file-or-dir>');
    return;
  }
  const rows = versions.map((v) => [
    v.id, v.source, v.status, v.publishedAt?.slice(0, 10) ?? '-', v.importedAt.slice(0, 19).replace('T', ' '),
    n(v.counts.entities), n(v.counts.names), n(v.counts.problems), `+${n(v.diff.added)} -${n(v.diff.removed)} ~${n(v.diff.changed)}`,
  ]);
  const header = ['VERSION', 'SOURCE', 'STATUS', 'PUBLISHED', 'IMPORTED (UTC)', 'ENTITIES', 'NAMES', 'PROBLEMS', 'DIFF'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [header, ...rows]) out(r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
}

interface ImportFlags {
  format?: ListFormat;
  name?: string;
  source?: string;
  monitor?: boolean;
  allowShrink?: boolean;
  maxShrink?: string;
  map?: string;
  type?: string;
}

function parseMaxShrink(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const percent = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw Object.assign(new Error(`--max-shrink '${value}' must be a percentage from 0 to 100`), { code: 'LISTS_USAGE', exitCode: 2 });
  }
  return percent / 100;
}

const ENTITY_TYPES: ListEntityType[] = ['person', 'organization', 'vessel', 'aircraft'];

async function runImport(path: string, opts: ImportFlags): Promise<void> {
  const maxShrink = parseMaxShrink(opts.maxShrink);
  const defaultType = opts.type?.toLowerCase() as ListEntityType | undefined;
  if (defaultType !== undefined && !ENTITY_TYPES.includes(defaultType)) {
    throw Object.assign(new Error(`--type '${opts.type}' is not one of ${ENTITY_TYPES.join('|')}`), { code: 'LISTS_USAGE', exitCode: 2 });
  }
  const input = await readListInput(path, {
    format: opts.format,
    source: opts.name ?? opts.source,
    ...(opts.map !== undefined ? { columns: parseColumnMap(opts.map) } : {}),
    ...(defaultType ? { defaultType } : {}),
  });
  const { parsed } = input;
  out(`Read ${input.format} from ${input.files.join(', ')}: ${n(parsed.entities.length)} entities`);
  printProblems(parsed.problems);
  const store = await openStore(loadConfig(), 'lists');
  const bar = process.stdout.isTTY
    ? new cliProgress.SingleBar({ format: 'Importing {bar} {value}/{total} entities', hideCursor: true }, cliProgress.Presets.shades_classic)
    : undefined;
  try {
    bar?.start(parsed.entities.length, 0);
    const outcome = await importList(store.db, input, {
      onProgress: (done) => bar?.update(done),
      allowShrink: opts.allowShrink,
      maxShrink,
      monitor: opts.monitor,
    });
    bar?.stop();
    const v = outcome.version;
    if (outcome.status === 'unchanged') {
      out(`Unchanged: version ${v.id} of ${v.source} (imported ${v.importedAt}) has the same content (sha256 ${v.sha256.slice(0, 12)}…); nothing imported.`);
      return;
    }
    out(`Imported ${v.source} version ${v.id}: ${n(v.counts.entities)} entities, ${n(v.counts.names)} names, ${n(v.counts.problems)} problems`);
    out(v.previousVersionId
      ? `Against ${v.previousVersionId}: ${n(v.diff.added)} added, ${n(v.diff.removed)} removed, ${n(v.diff.changed)} changed`
      : `First version of ${v.source}: ${n(v.diff.added)} added`);
    const monitoring = outcome.monitoring;
    if (!monitoring) return;
    const urgent = monitoring.alerts.filter((a) => a.outcome === 'URGENT').length;
    out(`Monitoring: ${n(monitoring.monitoredEntities)} monitored entities screened against ${n(monitoring.changedEntries)} added or changed entries: ` +
      `${n(monitoring.alerts.length)} new alerts (${n(urgent)} URGENT, ${n(monitoring.alerts.length - urgent)} REVIEW)`);
  } finally {
    bar?.stop();
    await store.close();
  }
}

async function runDiff(versionId: string | undefined, opts: { json?: boolean; all?: boolean }): Promise<void> {
  const store = await openStore(loadConfig(), 'lists');
  try {
    const id = versionId ?? (await listVersions(store.db))[0]?.id;
    if (!id) throw Object.assign(new Error('no list imported yet: run idflow lists import <file-or-dir> first'), { code: 'NOT_FOUND' });
    const diff = await getDiff(store.db, id);
    if (!diff) throw Object.assign(new Error(`list version ${id} does not exist: idflow lists shows the versions`), { code: 'NOT_FOUND' });
    if (opts.json) {
      out(JSON.stringify(diff, null, 2));
      return;
    }
    printVersionDiff(out, diff, opts.all);
  } finally {
    await store.close();
  }
}

/** `idflow lists`, `idflow lists import`, `idflow lists diff`. */
export function registerListsCommand(program: Command): void {
  const lists = program
    .command('lists')
    .description('sanctions lists: imported versions and their counts')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const store = await openStore(loadConfig(), 'lists');
      try {
        const versions = await listVersions(store.db);
        if (opts.json) out(JSON.stringify(versions, null, 2));
        else printVersions(versions);
      } finally {
        await store.close();
      }
    });
  lists
    .command('import <file-or-dir>')
    .description('import a list file (or an OFAC directory holding sdn.csv) as a new version')
    .addOption(new Option('--format <format>', 'the file format (detected from the name and content when left out)').choices([...LIST_FORMATS]))
    .option('--name <list>', 'the list to file the version under (default: the format; for FtM the one dataset or the file name)')
    .addOption(new Option('--source <list>', 'the same as --name').hideHelp())
    .option('--allow-shrink', 'import even a file with no entity, or one that removes more than --max-shrink of the active version')
    .option('--max-shrink <percent>', 'the most of the active version one import may remove (default 50)')
    .option('--map <field=column,…>', `generic CSV: the columns holding ${CSV_LIST_FIELDS.join(', ')} (implies --format csv)`)
    .option('--type <type>', 'generic CSV: the entity type of rows without a type column (default person)')
    .option('--no-monitor', 'do not re-screen monitored entities against what the version added or changed')
    .action(runImport);
  lists
    .command('diff [versionId]')
    .description('what a version added, removed and changed (default: the latest import)')
    .option('--json', 'print JSON')
    .option('--all', 'list every sourceId')
    // `--json` after `diff` is parsed by `lists` itself, which has the same option: read both.
    .action((versionId: string | undefined, _opts: unknown, command: Command) => runDiff(versionId, command.optsWithGlobals()));
}
