/** The shipped development data the screening evaluation and benchmark read (../shared/data). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { readListInput } from '../src/screening/lists/read-list.js';
import type { ListEntity } from '../src/screening/types.js';

export const DATA_DIR = fileURLToPath(new URL('../../shared/data/', import.meta.url));
export const NAMEMATCH_DIR = `${DATA_DIR}namematch/`;

const LIST_PATHS = ['sanctions/ofac-sdn', 'sanctions/un/consolidated.xml', 'sanctions/uk/UK_Sanctions_List.ods', 'sanctions/us-csl/consolidated.csv.gz'];

export function requireData(): void {
  if (!existsSync(`${DATA_DIR}sanctions`) || !existsSync(NAMEMATCH_DIR)) {
    console.error(`The development data is not at ${DATA_DIR} (sanctions/ and namematch/): nothing to measure.`);
    process.exit(1);
  }
}

/** Every shipped list, parsed with idflow's own list parsers. */
export async function loadShippedLists(): Promise<ListEntity[]> {
  const entities: ListEntity[] = [];
  for (const p of LIST_PATHS) {
    const input = await readListInput(`${DATA_DIR}${p}`);
    for (const e of input.parsed.entities) entities.push(e);
  }
  return entities;
}

export interface Customer {
  id: string;
  name: string;
  first: string;
  middle: string;
  last: string;
  gender?: 'male' | 'female';
  dob?: string;
}

export function loadCustomers(): Customer[] {
  const rows = parse(readFileSync(`${NAMEMATCH_DIR}synthetic_customers_us.csv`, 'utf8'), { columns: true }) as Array<Record<string, string>>;
  return rows.map((r, i) => ({
    id: String(i + 1),
    name: r.full_name,
    first: r.first_name,
    middle: r.middle_name,
    last: r.last_name,
    gender: r.gender === 'male' || r.gender === 'female' ? r.gender : undefined,
    dob: r.date_of_birth || undefined,
  }));
}

export function readCsv(path: string): Array<Record<string, string>> {
  return parse(readFileSync(path, 'utf8'), { columns: true, relax_quotes: true }) as Array<Record<string, string>>;
}

/** A small deterministic PRNG (mulberry32), so generated variants and names are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
