import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { ListEntity, ListEntityType, ListIdentifier } from '../types.js';
import { countryCode, isCountryCode } from './countries.js';
import { parseBirthDatePhrase, parseListDate } from './dates.js';
import { type ListProblem, type ParsedList, ListFormatError } from './parse-result.js';
import { clean, decodeText, pushUnique, splitList } from './text.js';

const TYPES: Record<string, ListEntityType> = { individual: 'person', entity: 'organization', vessel: 'vessel', aircraft: 'aircraft' };

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** One entry of the `ids` column: "CC, [issued, expires,] number, type" or "Male, Gender". */
function readId(entry: string, entity: ListEntity): void {
  const parts = entry.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return;
  const type = parts[parts.length - 1];
  if (type === 'Gender') {
    const g = parts[0].toLowerCase();
    if (g === 'male' || g === 'female') entity.gender = g;
    return;
  }
  const value = parts[parts.length - 2];
  if (!/\d/.test(value) || /^\d{4}-\d{2}-\d{2}$/.test(value)) return;
  const id: ListIdentifier = { type, value };
  if (isCountryCode(parts[0]) && parts.length > 2) id.country = parts[0];
  if (!entity.identifiers.some((x) => x.type === id.type && x.value === id.value)) entity.identifiers.push(id);
}

function readRow(row: Record<string, string>, entity: ListEntity): void {
  const listName = clean(row.source);
  pushUnique(entity.programs, listName);
  for (const p of splitList(row.programs)) pushUnique(entity.programs, p);
  for (const alias of splitList(row.alt_names)) {
    if (!entity.names.some((n) => n.name === alias)) entity.names.push({ name: alias, kind: 'alias' });
  }
  for (const dob of splitList(row.dates_of_birth)) for (const d of parseBirthDatePhrase(dob)) pushUnique(entity.birthDates, d);
  for (const c of [...splitList(row.nationalities), ...splitList(row.citizenships)]) pushUnique(entity.countries, countryCode(c));
  for (const address of splitList(row.addresses)) {
    const parts = address.split(',');
    pushUnique(entity.countries, countryCode(parts[parts.length - 1]));
  }
  for (const id of splitList(row.ids)) readId(id, entity);
  const remarks = clean(row.remarks);
  if (remarks && !entity.remarks?.includes(remarks)) entity.remarks = entity.remarks ? `${entity.remarks}; ${remarks}` : remarks;
}

/**
 * Parses the US Consolidated Screening List CSV (gzip or plain). A record listed by several agencies appears once
 * per list with the same id: those rows become one entity whose programs name every list.
 */
export function parseUsCsl(content: Uint8Array | string): ParsedList {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    try {
      text = decodeText(isGzip(content) ? gunzipSync(content) : content);
    } catch (err) {
      throw new ListFormatError('us-csl', `the gzip data does not decompress (${(err as Error).message})`);
    }
  }
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text.replace(/^\ufeff/, ''), { columns: true, info: true, relax_column_count: true, skip_empty_lines: true });
  } catch (err) {
    throw new ListFormatError('us-csl', `the CSV does not parse (${(err as Error).message})`);
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const idColumn = header.includes('_id') ? '_id' : header.includes('id') ? 'id' : undefined;
  if (!idColumn || !header.includes('name') || !header.includes('source')) {
    throw new ListFormatError('us-csl', 'the header row lacks the id (or _id), name and source columns');
  }
  const problems: ListProblem[] = [];
  const byId = new Map<string, ListEntity>();
  for (const { record: row, info } of records) {
    const id = clean(row[idColumn]);
    const name = clean(row.name);
    if (!id || !name) {
      problems.push({ line: info.lines, message: `row without ${!id ? 'an id' : 'a name'}: skipped` });
      continue;
    }
    let entity = byId.get(id);
    if (!entity) {
      const typeText = clean(row.type) ?? '';
      const listed = parseListDate(clean(row.start_date) ?? '');
      entity = {
        source: 'us-csl',
        sourceId: id,
        type: TYPES[typeText.toLowerCase()] ?? 'unknown',
        names: [{ name, kind: 'primary' }],
        birthDates: [],
        countries: [],
        programs: [],
        identifiers: [],
        ...(listed ? { listedAt: listed } : {}),
      };
      if (typeText && !TYPES[typeText.toLowerCase()]) problems.push({ line: info.lines, message: `${id}: unknown type "${typeText}", kept as unknown` });
      byId.set(id, entity);
    } else if (!entity.names.some((n) => n.name === name)) {
      entity.names.push({ name, kind: 'alias' });
    }
    readRow(row, entity);
  }
  return { entities: [...byId.values()], problems };
}
