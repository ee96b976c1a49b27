import { createReadStream, existsSync } from 'node:fs';
import { parse } from 'csv-parse';
import type { Command } from 'commander';
import { compareNames } from '../screening/matcher.js';
import { csvField, parseThreshold, parseType } from './screening-options.js';

const out = (text: string) => process.stdout.write(`${text}\n`);

interface MatchOptions {
  json?: boolean;
  batch?: string;
  type?: string;
  threshold?: string;
}

/** Reads `id,name1,name2[,type]` rows and prints one `{"id","score","match"}` line (or CSV row) per pair. */
async function runBatch(command: Command, file: string, opts: MatchOptions): Promise<void> {
  if (!existsSync(file)) command.error(`--batch ${file}: no such file`, { code: 'MATCH_USAGE', exitCode: 2 });
  const threshold = parseThreshold(command, opts.threshold);
  const defaultType = parseType(command, opts.type);
  const rows = createReadStream(file, 'utf8').pipe(parse({ columns: true, skip_empty_lines: true, trim: true, bom: true }));
  let first = true;
  if (!opts.json) out('id,score,match');
  for await (const row of rows as AsyncIterable<Record<string, string>>) {
    if (first) {
      first = false;
      for (const column of ['id', 'name1', 'name2']) {
        if (!(column in row)) command.error(`--batch ${file}: the header must name id,name1,name2 (and optionally type); ${column} is missing`, { code: 'MATCH_USAGE', exitCode: 2 });
      }
    }
    const type = row.type ? parseType(command, row.type) : defaultType;
    const result = compareNames(row.name1 ?? '', row.name2 ?? '', { type, threshold });
    out(opts.json ? JSON.stringify({ id: row.id, score: result.score, match: result.match }) : `${csvField(row.id)},${result.score},${result.match}`);
  }
}

export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('compare two names with the screening matcher (score, match, explanation)')
    .argument('[names...]', 'the two names to compare')
    .option('--json', 'print JSON')
    .option('--batch <file>', 'CSV with header id,name1,name2 (optional type): one result per row')
    .option('--type <type>', 'entity type: person|organization|vessel|aircraft')
    .option('--threshold <x>', 'score at or above which two names match (0-1)')
    .action(async (names: string[], opts: MatchOptions, command: Command) => {
      if (opts.batch) {
        if (names.length > 0) command.error('give either two names or --batch <file>, not both', { code: 'MATCH_USAGE', exitCode: 2 });
        await runBatch(command, opts.batch, opts);
        return;
      }
      if (names.length !== 2) command.error('give two names: idflow match "<name1>" "<name2>" (or --batch pairs.csv)', { code: 'MATCH_USAGE', exitCode: 2 });
      const type = parseType(command, opts.type);
      const threshold = parseThreshold(command, opts.threshold);
      const result = compareNames(names[0], names[1], { type, threshold });
      if (opts.json) {
        out(JSON.stringify({ score: result.score, match: result.match, threshold: result.threshold, explanation: result.explanation }));
        return;
      }
      out(`${result.match ? 'MATCH' : 'NO MATCH'} ${result.score} (threshold ${result.threshold})`);
      out(`  ${result.explanation.summary}`);
    });
}
