/** The FEBRL person records (../shared/data/kyc/febrl) as idflow reads them: originals as a source, duplicates as applicants. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { type CanonicalColumn, parseColumnMap, personFromFields } from '../src/kyc/canonical-fields.js';
import { readSourceFile } from '../src/kyc/read-source-file.js';
import type { KycApplicant, KycRecord } from '../src/kyc/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FEBRL_DIR = resolve(ROOT, '../shared/data/kyc/febrl');
export const FEBRL_DATASETS = ['dataset1.csv', 'dataset2.csv', 'dataset3.csv'];

/** The FEBRL columns in idflow's canonical names (what `idflow sources import --map` is given). */
export const FEBRL_MAP =
  'rec_id=recordId,given_name=givenName,surname=familyName,street_number=streetNumber,address_1=addressLine1,address_2=addressLine2,' +
  'suburb=locality,postcode=postalCode,state=subdivision,date_of_birth=dateOfBirth,soc_sec_id=govIdNumber';

export function requireFebrl(): void {
  if (!existsSync(FEBRL_DIR)) {
    console.error(`The FEBRL data is not at ${FEBRL_DIR}: nothing to measure.`);
    process.exit(1);
  }
}

export interface Duplicate {
  id: string;
  /** The original it duplicates (rec-N-org). */
  trueId: string;
  applicant: KycApplicant;
  /** The row gives both a given name and a surname. */
  bothNames: boolean;
  /** Raw given name and surname as the row writes them. */
  names: [string, string];
}

/** The originals of a dataset read through the source importer (bad rows skipped as an import would). */
export async function febrlOriginals(file: string): Promise<{ records: KycRecord[]; problems: number; rows: number }> {
  const [header = '', ...lines] = readFileSync(resolve(FEBRL_DIR, file), 'utf8').split('\n');
  const text = [header, ...lines.filter((l) => /^rec-\d+-org,/.test(l))].join('\n');
  const parsed = await readSourceFile(text, { format: 'csv', map: parseColumnMap(FEBRL_MAP) });
  return { records: parsed.records, problems: parsed.problems.length, rows: parsed.rows };
}

/** The duplicates of a dataset as applicants (canonical fields; the government ID left out, so it does not give the answer away). */
export function febrlDuplicates(file: string): Duplicate[] {
  const rows = parse(readFileSync(resolve(FEBRL_DIR, file)), { columns: true, trim: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const map = parseColumnMap(FEBRL_MAP);
  const out: Duplicate[] = [];
  for (const row of rows) {
    const m = /^rec-(\d+)-dup-\d+$/.exec(row.rec_id ?? '');
    if (!m) continue;
    const fields: Partial<Record<CanonicalColumn, string>> = {};
    for (const [k, v] of Object.entries(row)) {
      const to = map.get(k);
      if (to && to !== 'recordId' && to !== 'govIdNumber') fields[to] = v;
    }
    let person;
    try {
      person = personFromFields(fields);
    } catch {
      // A typo made the date impossible: the applicant gives no date of birth.
      person = personFromFields({ ...fields, dateOfBirth: '' });
    }
    const { address, ...rest } = person;
    out.push({ id: row.rec_id!, trueId: `rec-${m[1]}-org`, applicant: { ...rest, addresses: address ? [address] : [] }, bothNames: Boolean(person.givenName && person.familyName), names: [row.given_name ?? '', row.surname ?? ''] });
  }
  return out;
}
