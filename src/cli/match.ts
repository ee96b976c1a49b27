import type { Command } from 'commander';
import { compareNames } from '../screening/matcher.js';
import type { ListEntityType } from '../screening/types.js';
import { exitWhenStdoutCloses } from './stdout-closed.js';
import { batchProgress } from './batch-progress.js';
import { batchFileSize, parseFieldMap, readBatchRows } from './batch-rows.js';
import { RowError, UsageError, csvField, parseThreshold, parseType, rowFail, usage } from './screening-args.js';

const out = (text: string) => process.stdout.write(`${text}\n`);
const MATCH_FIELDS = ['id', 'name1', 'name2', 'type'] as const;

interface MatchOptions {
  json?: boolean;
  batch?: string;
  type?: string;
  threshold?: string;
  map?: string;
  failOnHit?: boolean;
}

/**
 * Reads `id,name1,name2[,type]` rows (or the columns --map names) and prints one `{"id","score","match"}` line (or
 * CSV row) per pair; a bad row prints `{"id","error":{code,message,line}}` and the batch goes on.
 */
async function runBatch(file: string, opts: MatchOptions): Promise<void> {
  const threshold = parseThreshold(opts.threshold);
  const defaultType = parseType(opts.type);
  const size = await batchFileSize(file);
  const rows = readBatchRows(file, MATCH_FIELDS, ['name1', 'name2'], parseFieldMap(opts.map, MATCH_FIELDS));
  const progress = batchProgress(size, 'Matching');
  const started = performance.now();
  let count = 0;
  let matches = 0;
  let bad = 0;
  let headerDone = false;
  try {
    for await (const row of rows) {
      if (!headerDone && !opts.json) out('id,score,match');
      headerDone = true;
      count++;
      const id = row.values.id?.trim() || String(row.line);
      try {
        const [a, b] = [row.values.name1?.trim() ?? '', row.values.name2?.trim() ?? ''];
        if (!a || !b) rowFail('MISSING_NAME', `the row has no ${!a ? 'name1' : 'name2'}`);
        const result = compareNames(a, b, { type: parseType(row.values.type, rowFail) ?? defaultType, threshold });
        if (result.match) matches++;
        out(opts.json ? JSON.stringify({ id, score: result.score, match: result.match }) : `${csvField(id)},${result.score},${result.match}`);
      } catch (err) {
        if (!(err instanceof RowError)) throw err;
        bad++;
        if (opts.json) out(JSON.stringify({ id, error: { code: err.code, message: err.message, line: row.line } }));
        else process.stderr.write(`line ${row.line} (id ${id}): [${err.code}] ${err.message}: row skipped\n`);
      }
      if (count % 500 === 0) progress.update(row.bytes, count);
    }
  } finally {
    progress.stop();
  }
  if (!headerDone && !opts.json) out('id,score,match');
  if (!opts.json || process.stderr.isTTY) {
    process.stderr.write(`Compared ${count} pairs in ${((performance.now() - started) / 1000).toFixed(1)} s: ${matches} matches, ${bad} bad rows skipped\n`);
  }
  if (opts.failOnHit && matches > 0) process.exitCode = 1;
}

export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('compare two names with the screening matcher (score, match, explanation)')
    .argument('[names...]', 'the two names to compare')
    .option('--json', 'print JSON')
    .option('--batch <file>', 'CSV with header id,name1,name2 (optional type): one result per row; a bad row is reported and skipped')
    .option('--map <field=column,…>', 'the columns of the batch file holding id, name1, name2, type')
    .option('--fail-on-hit', 'exit 1 when any pair matches (for scripts)')
    .option('--type <type>', 'entity type: person|organization|vessel|aircraft')
    .option('--threshold <x>', 'score at or above which two names match (0-1)')
    .action(async (names: string[], opts: MatchOptions) => {
      exitWhenStdoutCloses();
      if (opts.batch) {
        if (names.length > 0) usage('MATCH_USAGE', 'give either two names or --batch <file>, not both');
        await runBatch(opts.batch, opts);
        return;
      }
      if (names.length !== 2) throw new UsageError('MATCH_USAGE', 'give two names: idflow match "<name1>" "<name2>" (or --batch pairs.csv)');
      const type: ListEntityType | undefined = parseType(opts.type);
      const result = compareNames(names[0], names[1], { type, threshold: parseThreshold(opts.threshold) });
      if (opts.failOnHit && result.match) process.exitCode = 1;
      if (opts.json) {
        out(JSON.stringify({ score: result.score, match: result.match, threshold: result.threshold, explanation: result.explanation }));
        return;
      }
      out(`${result.match ? 'MATCH' : 'NO MATCH'} ${result.score} (threshold ${result.threshold})`);
      out(`  ${result.explanation.summary}`);
    });
}
