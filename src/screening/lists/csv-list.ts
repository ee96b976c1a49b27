import { createHash } from 'node:crypto';
import type { ListEntity, ListEntityType } from '../types.js';
import { countryCode } from './countries.js';
import { readCsvRecords } from './csv-records.js';
import { parseListDate } from './dates.js';
import { ftmCategories } from './list-categories.js';
import { type ListProblem, type ParsedList, ListFormatError } from './parse-result.js';
import { clean, pushUnique, splitList } from './text.js';

/** The fields a generic CSV list can give; only `name` is required. */
export const CSV_LIST_FIELDS = ['id', 'name', 'aliases', 'type', 'dob', 'country', 'topics', 'gender', 'program', 'remarks'] as const;
export type CsvListField = (typeof CSV_LIST_FIELDS)[number];
/** Field → the header of the column that holds it. */
export type CsvListColumns = Partial<Record<CsvListField, string>>;

/** Headers recognised without a map, per field (compared in lower case). */
const DEFAULT_HEADERS: Record<CsvListField, string[]> = {
  id: ['id', 'reference', 'ref'],
  name: ['name', 'full_name', 'full name'],
  aliases: ['aliases', 'alias', 'aka'],
  type: ['type', 'schema', 'entity_type'],
  dob: ['dob', 'date_of_birth', 'birth_date', 'birthdate', 'date of birth'],
  country: ['country', 'countries', 'nationality'],
  topics: ['topics', 'topic', 'category', 'categories'],
  gender: ['gender', 'sex'],
  program: ['program', 'programs', 'list', 'reason'],
  remarks: ['remarks', 'notes', 'comment'],
};
const TYPES: Record<string, ListEntityType> = {
  person: 'person', individual: 'person', organization: 'organization', organisation: 'organization', company: 'organization',
  entity: 'organization', vessel: 'vessel', ship: 'vessel', aircraft: 'aircraft', airplane: 'aircraft',
};
/** Plain words a company's own list may use for a topic, as FtM topics. */
const TOPIC_WORDS: Record<string, string> = { pep: 'role.pep', rca: 'role.rca', sanctions: 'sanction', sanctioned: 'sanction', crime: 'crime', debarred: 'debarment' };

/**
 * Parses `--map name=Full Name,dob=Born,…` into a column map; throws ListFormatError naming the bad part.
 * A field may be named once; its value is a column header of the file.
 */
export function parseColumnMap(text: string): CsvListColumns {
  const out: CsvListColumns = {};
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim() as CsvListField;
    const column = part.slice(eq + 1).trim();
    if (eq < 1 || !column || !CSV_LIST_FIELDS.includes(field)) {
      throw new ListFormatError('csv', `--map part "${part}" is not field=column (fields: ${CSV_LIST_FIELDS.join(', ')})`);
    }
    out[field] = column;
  }
  return out;
}

function columnIndexes(header: string[], map: CsvListColumns): Partial<Record<CsvListField, number>> {
  const lower = header.map((h) => h.trim().toLowerCase());
  const out: Partial<Record<CsvListField, number>> = {};
  for (const field of CSV_LIST_FIELDS) {
    const wanted = map[field];
    if (wanted !== undefined) {
      const i = lower.indexOf(wanted.toLowerCase());
      if (i < 0) throw new ListFormatError('csv', `--map ${field}=${wanted}: the header has no column "${wanted}" (it has ${header.join(', ')})`);
      out[field] = i;
    } else {
      const i = lower.findIndex((h) => DEFAULT_HEADERS[field].includes(h));
      if (i >= 0) out[field] = i;
    }
  }
  if (out.name === undefined) throw new ListFormatError('csv', `no name column: name it with --map name=<column> (the header has ${header.join(', ')})`);
  return out;
}

/**
 * A company's own watch list as CSV: one entity per row, `;` between several values in one cell (aliases, countries,
 * topics). Countries may be codes or names; topics are FtM topics or plain words (pep, sanction). A row without an id
 * column gets a stable id from its name and date of birth, so re-imports diff correctly.
 */
export function parseCsvList(text: string, map: CsvListColumns = {}, defaultType: ListEntityType = 'person'): ParsedList {
  const problems: ListProblem[] = [];
  const records = readCsvRecords(text.replace(/^\ufeff/, ''), 'csv', problems);
  const [header, ...rows] = records;
  if (!header) throw new ListFormatError('csv', 'the file is empty');
  const col = columnIndexes(header.fields, map);
  const cell = (fields: string[], f: CsvListField) => (col[f] === undefined ? undefined : clean(fields[col[f]]));
  const entities: ListEntity[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of rows) {
    const name = cell(fields, 'name');
    if (!name) {
      problems.push({ line, message: 'row without a name: skipped' });
      continue;
    }
    const typeText = cell(fields, 'type')?.toLowerCase();
    const type = typeText ? TYPES[typeText] : defaultType;
    if (!type) problems.push({ line, message: `unknown type "${typeText}" (person, organization, vessel, aircraft): kept as unknown` });
    const birthDates: string[] = [];
    for (const d of splitList(cell(fields, 'dob'))) {
      const parsed = parseListDate(d);
      if (parsed) pushUnique(birthDates, parsed);
      else problems.push({ line, message: `date of birth "${d}" is not a date (YYYY-MM-DD, YYYY, 16 Jul 1969): left out` });
    }
    const countries: string[] = [];
    for (const c of splitList(cell(fields, 'country'))) {
      const code = countryCode(c.length <= 3 ? c.toUpperCase() : c) ?? countryCode(c);
      if (code) pushUnique(countries, code);
      else problems.push({ line, message: `country "${c}" is not a country name or ISO code: left out` });
    }
    const topics = splitList(cell(fields, 'topics')).map((t) => TOPIC_WORDS[t.toLowerCase()] ?? t.toLowerCase());
    const dob = birthDates[0] ?? '';
    const id = cell(fields, 'id') ?? createHash('sha256').update(`${name}\0${dob}`).digest('hex').slice(0, 16);
    if (seen.has(id)) {
      problems.push({ line, element: id, message: `id ${id} appears twice: the later row skipped` });
      continue;
    }
    seen.add(id);
    const gender = cell(fields, 'gender')?.toLowerCase();
    const remarks = cell(fields, 'remarks');
    entities.push({
      source: 'csv',
      sourceId: id,
      type: type ?? 'unknown',
      names: [{ name, kind: 'primary' }, ...splitList(cell(fields, 'aliases')).filter((a) => a !== name).map((a) => ({ name: a, kind: 'alias' as const }))],
      birthDates,
      countries,
      programs: splitList(cell(fields, 'program')),
      identifiers: [],
      categories: ftmCategories(topics, [], true),
      ...(topics.length ? { topics } : {}),
      ...(gender === 'male' || gender === 'm' ? { gender: 'male' as const } : gender === 'female' || gender === 'f' ? { gender: 'female' as const } : {}),
      ...(remarks ? { remarks } : {}),
    });
  }
  return { entities, problems };
}
