import { parse } from 'csv-parse/sync';
import type { ListEntity, ListEntityType } from '../types.js';
import { countryCode } from './countries.js';
import { parseListDate } from './dates.js';
import { type ListProblem, type ParsedList, ListFormatError } from './parse-result.js';
import { readSpreadsheetRows } from './spreadsheet.js';
import { clean, pushUnique, splitList } from './text.js';

const TYPES: Record<string, ListEntityType> = { individual: 'person', entity: 'organization', ship: 'vessel' };
/** Rows searched for the header: exports may put a report title or date above it. */
const HEADER_SEARCH_ROWS = 20;

interface Columns {
  id: number;
  name: number;
  nameParts: number[];
  nameType: number;
  regime: number;
  type: number;
  designated: number;
  dob: number;
  nationality: number;
}

function findColumns(header: string[]): Columns | undefined {
  const at = (...names: string[]) => header.findIndex((h) => names.includes(h.trim().toLowerCase()));
  const id = at('unique id');
  const nameParts = [1, 2, 3, 4, 5, 6].map((i) => at(`name ${i}`)).filter((i) => i >= 0);
  const name = at('name', 'primary name', 'name (primary)');
  if (id < 0 || (name < 0 && nameParts.length === 0)) return undefined;
  return {
    id, name, nameParts,
    nameType: at('name type', 'alias type'),
    regime: at('regime name', 'regime'),
    type: at('type', 'designation type', 'group type'),
    designated: at('date designated'),
    dob: at('dob', 'date of birth', 'd.o.b'),
    nationality: at('nationality', 'nationality(/ies)'),
  };
}

/** A date line above the header ("Report Date: 11-Aug-2025", "Last Updated 11/08/2025") → YYYY-MM-DD. */
function reportDate(rows: string[][]): string | undefined {
  for (const row of rows) {
    const m = /(?:report date|last updated|date generated)\W*(\d{1,2}[-/ ][A-Za-z0-9]+[-/ ]\d{4})/i.exec(row.join(' '));
    if (m) return parseListDate(m[1].replace(/-([A-Za-z]+)-/, ' $1 ').replace(/\//g, '-'));
  }
  return undefined;
}

/** Reads rows of the UK Sanctions List export (either file type) into entities, merging alias rows by Unique ID. */
function fromRows(rows: string[][], lineOf: (index: number) => number): ParsedList {
  const headerIndex = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => findColumns(r) !== undefined);
  if (headerIndex < 0) throw new ListFormatError('uk', `no header row with "Unique ID" and "Name" in the first ${HEADER_SEARCH_ROWS} rows`);
  const cols = findColumns(rows[headerIndex])!;
  const problems: ListProblem[] = [];
  const byId = new Map<string, ListEntity>();
  const cell = (row: string[], i: number) => (i >= 0 ? clean(row[i]) : undefined);
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i];
    if (row.every((c) => !clean(c))) continue;
    const where = { line: lineOf(i), element: `row ${i + 1}` };
    const id = cell(row, cols.id);
    const name = cols.name >= 0 ? cell(row, cols.name) : cols.nameParts.map((c) => cell(row, c)).filter(Boolean).join(' ') || undefined;
    if (!id || !name) {
      problems.push({ ...where, message: `row without ${!id ? 'a Unique ID' : 'a name'}: skipped` });
      continue;
    }
    const isAlias = /alias|aka/i.test(cell(row, cols.nameType) ?? '');
    let entity = byId.get(id);
    if (!entity) {
      const typeText = cell(row, cols.type) ?? '';
      const type = TYPES[typeText.toLowerCase()];
      if (!type) problems.push({ ...where, message: `${id}: unknown Type "${typeText}", kept as unknown` });
      const listed = parseListDate(cell(row, cols.designated) ?? '');
      entity = {
        source: 'uk',
        sourceId: id,
        type: type ?? 'unknown',
        names: [{ name, kind: isAlias ? 'alias' : 'primary' }],
        birthDates: [],
        countries: [],
        programs: splitList(cell(row, cols.regime), ';'),
        identifiers: [],
        ...(listed ? { listedAt: listed } : {}),
      };
      byId.set(id, entity);
    } else if (!entity.names.some((n) => n.name === name)) {
      if (isAlias || entity.names.some((n) => n.kind === 'primary')) entity.names.push({ name, kind: 'alias' });
      else entity.names.unshift({ name, kind: 'primary' });
    }
    for (const dob of splitList(cell(row, cols.dob), /[;,]/)) pushUnique(entity.birthDates, parseListDate(dob.replace(/^\d{2}\/00\//, '').replace(/\//g, '-')));
    for (const n of splitList(cell(row, cols.nationality), /[;,]/)) pushUnique(entity.countries, countryCode(n.replace(/^\(\d+\)\s*/, '')));
  }
  const publishedAt = reportDate(rows.slice(0, headerIndex));
  return { entities: [...byId.values()], problems, ...(publishedAt ? { publishedAt } : {}) };
}

/** Parses the UK Sanctions List CSV export; the header may follow a title or report-date line. */
export function parseUkSanctionsCsv(text: string): ParsedList {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text.replace(/^\ufeff/, ''), { info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (err) {
    throw new ListFormatError('uk', `the CSV does not parse (${(err as Error).message})`);
  }
  return fromRows(
    records.map((r) => r.record),
    (i) => records[i].info.lines,
  );
}

/** Parses the UK Sanctions List spreadsheet export (ODS, or XLSX) from its bytes: the first sheet. */
export async function parseUkSanctionsSheet(bytes: Uint8Array): Promise<ParsedList> {
  let rows: string[][];
  try {
    rows = await readSpreadsheetRows(bytes);
  } catch (err) {
    throw new ListFormatError('uk', `the spreadsheet does not open (${(err as Error).message})`);
  }
  return fromRows(rows, (i) => i + 1);
}
