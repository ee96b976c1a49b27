/**
 * End-to-end batch speed of the command users run: `idflow screen --batch customers.csv --json` over 20,000 US
 * customers against the four shipped lists (and the US PEP file), as a child process on an embedded database.
 * Start-up, list loading and index building are measured with a one-row file and subtracted (median of 3 runs).
 * Usage: npm run bench:screening:cli [-- --threads 1,2]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DATA_DIR, NAMEMATCH_DIR, requireData } from './screening-data.js';

const BIN = resolve(import.meta.dirname, '../bin/idflow.js');
const ROWS = 20_000;
const RUNS = 3;
const LISTS = ['sanctions/ofac-sdn', 'sanctions/un/consolidated.xml', 'sanctions/uk/UK_Sanctions_List.ods', 'sanctions/us-csl/consolidated.csv.gz', 'pep/us-congress/us-pep.ftm.json'];
const MAP = 'name=full_name,dob=date_of_birth,country=nationality';

requireData();
const dir = mkdtempSync(join(tmpdir(), 'idflow-bench-cli-'));
const env = { ...process.env, IDFLOW_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', IDFLOW_DATABASE_URL: '' };
const root = DATA_DIR;
for (const list of LISTS) execFileSync(process.execPath, [BIN, 'lists', 'import', join(root, list), '--no-monitor'], { env, stdio: 'ignore' });

const lines = readFileSync(`${NAMEMATCH_DIR}synthetic_customers_us.csv`, 'utf8').split('\n');
const book = join(dir, 'customers.csv');
const one = join(dir, 'one.csv');
writeFileSync(book, lines.slice(0, ROWS + 1).join('\n'));
writeFileSync(one, lines.slice(0, 2).join('\n'));

function seconds(file: string, threads: number): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'screen', '--batch', file, '--json', '--map', MAP, '--threads', String(threads)], { env, maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`idflow screen failed: ${r.stderr.toString()}`);
  return (performance.now() - started) / 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const threadsArg = process.argv.find((a) => a.startsWith('--threads='))?.slice(10) ?? '1,2';
console.log(`idflow screen --batch, ${ROWS} US customers, --json --map ${MAP}; ${new Date().toISOString()}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (const threads of threadsArg.split(',').map(Number)) {
  const full: number[] = [];
  const fixed: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    fixed.push(seconds(one, threads));
    full.push(seconds(book, threads));
  }
  const screening = median(full) - median(fixed);
  console.log(
    `threads ${threads}: whole command ${median(full).toFixed(2)} s, start-up + lists + index ${median(fixed).toFixed(2)} s, ` +
      `screening ${screening.toFixed(2)} s = ${Math.round(ROWS / screening)} names/s (median of ${RUNS}; load average now ${loadavg()[0].toFixed(2)})`,
  );
}
rmSync(dir, { recursive: true, force: true });
