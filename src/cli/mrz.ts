import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { parseMrz, type MrzFinding, type MrzResult } from '../mrz/index.js';

const out = (text: string) => process.stdout.write(`${text}\n`);

interface MrzOptions {
  json?: boolean;
  batch?: string;
  referenceDate?: string;
}

function parseReferenceDate(command: Command, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime())) {
    command.error(`--reference-date '${value}' is not a date: write it as YYYY-MM-DD`, { code: 'MRZ_USAGE', exitCode: 2 });
  }
  return date;
}

function describeFinding(f: MrzFinding): string {
  const where = f.line > 0 ? `line ${f.line}, ${f.end - f.start > 1 ? `positions ${f.start + 1}–${f.end}` : `position ${f.start + 1}`}` : 'input';
  const repairs = (f.repairs ?? []).map((r) => `\n      try '${r.from}'→'${r.to}' at line ${r.line} position ${r.position + 1} (${r.field})${r.fixes.length ? `: fixes ${r.fixes.join(', ')}` : ''}`);
  return `  ${f.code} (${where}): ${f.message}${repairs.join('')}`;
}

function printHuman(result: MrzResult): void {
  out(`${result.valid ? 'VALID' : 'INVALID'} ${result.format}`);
  for (const [name, value] of Object.entries(result.fields)) if (value !== null) out(`  ${name.padEnd(21)} ${value === '' ? '-' : value}`);
  if (result.dateOfBirth) out(`  ${'dateOfBirth'.padEnd(21)} ${result.dateOfBirth}`);
  if (result.dateOfExpiry) out(`  ${'dateOfExpiry'.padEnd(21)} ${result.dateOfExpiry}`);
  if (result.checks.length) out(`check digits: ${result.checks.map((c) => `${c.field} ${c.valid ? 'ok' : `✗ (found ${c.found}, expected ${c.expected ?? '?'})`}`).join(', ')}`);
  if (result.errors.length) out('errors:');
  for (const f of result.errors) out(describeFinding(f));
  if (result.warnings.length) out('warnings:');
  for (const f of result.warnings) out(describeFinding(f));
}

/** Reads `{"id","lines":[…]}` per line and prints one result per line with its id. Returns whether all were valid. */
async function runBatch(file: string, json: boolean, referenceDate: Date | undefined): Promise<boolean> {
  const input = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let allValid = true;
  let lineNumber = 0;
  for await (const text of input) {
    lineNumber++;
    if (text.trim() === '') continue;
    let item: { id?: unknown; lines?: unknown };
    try {
      item = JSON.parse(text);
    } catch {
      item = {};
    }
    const id = item.id ?? null;
    if (!Array.isArray(item.lines) || !item.lines.every((l) => typeof l === 'string')) {
      allValid = false;
      const error = { code: 'MRZ_BATCH_LINE_INVALID', message: `line ${lineNumber}: expected {"id": …, "lines": ["…", …]}` };
      out(json ? JSON.stringify({ id, error }) : `${id ?? `line ${lineNumber}`}: ${error.code} ${error.message}`);
      continue;
    }
    const result = parseMrz(item.lines as string[], { referenceDate });
    allValid &&= result.valid;
    if (json) out(JSON.stringify({ id, ...result }));
    else out(`${id}: ${result.valid ? 'VALID' : 'INVALID'} ${result.format}${result.errors.length ? ` ${result.errors.map((e) => e.code).join(', ')}` : ''}`);
  }
  return allValid;
}

export function registerMrzCommand(program: Command): void {
  program
    .command('mrz')
    .description('parse and validate a machine readable zone (exit 0 valid, 1 invalid, 2 usage error)')
    .argument('[lines...]', 'the MRZ lines, each as one argument (quote them: < is special to the shell)')
    .option('--json', 'print the result as JSON')
    .option('--batch <file>', 'read a JSON-lines file of {"id","lines":[…]} and print one result per line')
    .option('--reference-date <YYYY-MM-DD>', 'birth dates are never after this date (default: today)')
    .action(async (lines: string[], options: MrzOptions, command: Command) => {
      const referenceDate = parseReferenceDate(command, options.referenceDate);
      if (options.batch !== undefined) {
        if (lines.length > 0) command.error('give either MRZ lines or --batch <file>, not both', { code: 'MRZ_USAGE', exitCode: 2 });
        if (!existsSync(options.batch)) command.error(`--batch file '${options.batch}' does not exist: check the path`, { code: 'MRZ_USAGE', exitCode: 2 });
        process.exitCode = (await runBatch(options.batch, options.json === true, referenceDate)) ? 0 : 1;
        return;
      }
      if (lines.length === 0) {
        command.error("give the MRZ lines as arguments, e.g. idflow mrz --json 'P<UTO…' 'L898902C3…', or --batch <file>", { code: 'MRZ_USAGE', exitCode: 2 });
      }
      const result = parseMrz(lines, { referenceDate });
      if (options.json) out(JSON.stringify(result));
      else printHuman(result);
      process.exitCode = result.valid ? 0 : 1;
    });
}
