// MRZ parses+validations per second on the dev cases, idflow's engine against cheminfo `mrz`, in one run,
// and each one's agreement with the cases' ground truth. Run: npm run bench:mrz
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parse as cheminfoParse } from 'mrz';
import { parseMrz } from '../src/mrz/index.js';

const CASES_FILE = resolve(import.meta.dirname, '../../shared/data/mrz/cases.dev.json');
const ROUNDS = 5;
const ROUND_MS = 1000;

interface DevCase {
  id: string;
  lines: string[];
  valid: boolean;
  expected: Record<string, string | null>;
}

/** What both engines are compared on: the valid flag and the fields in the data set's names. */
interface Outcome {
  valid: boolean;
  fields: Record<string, unknown>;
}

const IDFLOW_NAMES: Record<string, string> = { optional: 'optionalData1', optional1: 'optionalData1', optional2: 'optionalData2' };
const CHEMINFO_NAMES: Record<string, string> = { expiryDate: 'expirationDate' };
const CHEMINFO_SEX: Record<string, string> = { male: 'M', female: 'F', nonspecified: '<' };

const referenceDate = new Date('2026-01-01T00:00:00Z');

function idflowOutcome(c: DevCase): Outcome {
  const r = parseMrz(c.lines, { referenceDate });
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(c.expected)) fields[key] = (r.fields as unknown as Record<string, unknown>)[IDFLOW_NAMES[key] ?? key];
  return { valid: r.valid, fields };
}

function cheminfoOutcome(c: DevCase): Outcome {
  let r: { valid: boolean; fields: Record<string, unknown> };
  try {
    r = cheminfoParse(c.lines) as unknown as typeof r;
  } catch {
    return { valid: false, fields: {} };
  }
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(c.expected)) {
    const value = r.fields[CHEMINFO_NAMES[key] ?? key];
    fields[key] = key === 'sex' && typeof value === 'string' ? (CHEMINFO_SEX[value] ?? value) : value;
  }
  return { valid: r.valid, fields };
}

function agreement(cases: DevCase[], outcome: (c: DevCase) => Outcome): { validFlag: number; full: number } {
  let validFlag = 0;
  let full = 0;
  for (const c of cases) {
    const o = outcome(c);
    if (o.valid !== c.valid) continue;
    validFlag++;
    if (Object.entries(c.expected).every(([k, v]) => o.fields[k] === v)) full++;
  }
  return { validFlag, full };
}

function runFor(ms: number, cases: DevCase[], parseOne: (lines: string[]) => unknown): number {
  let parses = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const c of cases) parseOne(c.lines);
    parses += cases.length;
    elapsed = performance.now() - start;
  }
  return (parses / elapsed) * 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(CASES_FILE)) {
  console.error(`bench:mrz needs ${CASES_FILE} (the shared data folder next to the project); it is absent.`);
  process.exit(2);
}
const cases: DevCase[] = JSON.parse(readFileSync(CASES_FILE, 'utf8'));

const engines = {
  idflow: (lines: string[]) => parseMrz(lines, { referenceDate }),
  'cheminfo mrz': (lines: string[]) => {
    try {
      return cheminfoParse(lines);
    } catch (err) {
      return err;
    }
  },
};

for (const parseOne of Object.values(engines)) runFor(300, cases, parseOne); // warm-up
const rates: Record<string, number[]> = { idflow: [], 'cheminfo mrz': [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, parseOne] of Object.entries(engines)) rates[name].push(runFor(ROUND_MS, cases, parseOne));
}

const agreements = { idflow: agreement(cases, idflowOutcome), 'cheminfo mrz': agreement(cases, cheminfoOutcome) };
const rows = Object.keys(engines).map((name) => {
  const a = agreements[name as keyof typeof agreements];
  return [name, Math.round(median(rates[name])).toLocaleString('en-US'), `${a.validFlag}/${cases.length}`, `${a.full}/${cases.length}`];
});
const header = ['engine', 'parses+validations/s (median of 5×1 s)', 'valid flag agrees', 'valid flag and fields agree'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
console.log(`MRZ benchmark: ${cases.length} dev cases, node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
for (const r of [header, ...rows]) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
console.log(`idflow / cheminfo throughput: ${(median(rates.idflow) / median(rates['cheminfo mrz'])).toFixed(1)}×`);
