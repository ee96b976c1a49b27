import type { ListEntity, ListEntityType, ListName } from '../types.js';
import { countryCode } from './countries.js';
import { type CsvRecord, readCsvRecords } from './csv-records.js';
import { parseOfacRemarks } from './ofac-remarks.js';
import { type ListProblem, type ParsedList, ListFormatError } from './parse-result.js';
import { clean, pushUnique } from './text.js';

/** The four files of OFAC's legacy SDN CSV export, as text. Only sdn.csv is required. */
export interface OfacSdnFiles {
  sdn: string;
  alt?: string;
  add?: string;
  comments?: string;
}

const SDN_COLUMNS = 12;
const TYPES: Record<string, ListEntityType> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft', '': 'organization' };

/** Rows of a companion file naming an ent_num sdn.csv lacks: reported once per file with a sample, then skipped. */
class OrphanRows {
  private readonly rows: Array<{ line: number; entNum: string }> = [];
  constructor(private readonly file: string) {}
  add(line: number, entNum: string) {
    this.rows.push({ line, entNum });
  }
  report(problems: ListProblem[]) {
    if (this.rows.length === 0) return;
    const sample = this.rows.slice(0, 5).map((r) => `${r.entNum} (line ${r.line})`).join(', ');
    problems.push({
      line: this.rows[0].line,
      element: this.file,
      message: `${this.rows.length} rows name an ent_num that sdn.csv lacks (the files are from different dates?), skipped: ${sample}${this.rows.length > 5 ? ', …' : ''}`,
    });
  }
}

function readSdn(records: CsvRecord[], comments: Map<string, string>, problems: ListProblem[]): Map<string, ListEntity> {
  const entities = new Map<string, ListEntity>();
  for (const { line, fields } of records) {
    const where = { line, element: 'sdn.csv' };
    if (fields.length !== SDN_COLUMNS) {
      problems.push({ ...where, message: `expected ${SDN_COLUMNS} fields, found ${fields.length}: row skipped` });
      continue;
    }
    const [entNumRaw, nameRaw, typeRaw, programRaw, title, , , , , vesselFlag, , remarksRaw] = fields.map((f) => clean(f));
    const entNum = entNumRaw ?? '';
    const name = nameRaw;
    if (!/^\d+$/.test(entNum)) {
      problems.push({ ...where, message: `ent_num "${entNum}" is not a number: row skipped` });
      continue;
    }
    if (!name) {
      problems.push({ ...where, message: `ent_num ${entNum} has no name: row skipped` });
      continue;
    }
    if (entities.has(entNum)) {
      problems.push({ ...where, message: `ent_num ${entNum} appears twice: the later row skipped` });
      continue;
    }
    const type = TYPES[(typeRaw ?? '').toLowerCase()];
    if (!type) problems.push({ ...where, message: `ent_num ${entNum}: unknown SDN_Type "${typeRaw}", kept as unknown` });
    const remarks = [remarksRaw, comments.get(entNum)].filter(Boolean).join('') || undefined;
    const parsed = parseOfacRemarks(remarks);
    const countries = [...parsed.countries];
    pushUnique(countries, countryCode(vesselFlag));
    const entity: ListEntity = {
      source: 'ofac-sdn',
      sourceId: entNum,
      type: type ?? 'unknown',
      names: [{ name, kind: 'primary' }, ...parsed.weakAliases],
      birthDates: parsed.birthDates,
      countries,
      programs: (programRaw ?? '').split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
      identifiers: parsed.identifiers,
    };
    if (parsed.gender) entity.gender = parsed.gender;
    const text = [title && !remarks?.includes(title) ? title : undefined, remarks].filter(Boolean).join('; ');
    if (text) entity.remarks = text;
    entities.set(entNum, entity);
  }
  return entities;
}

function readComments(text: string | undefined, known: Set<string>, problems: ListProblem[]): Map<string, string> {
  const comments = new Map<string, string>();
  if (!text) return comments;
  const orphans = new OrphanRows('sdn_comments.csv');
  for (const { line, fields } of readCsvRecords(text, 'sdn_comments.csv', problems)) {
    const entNum = clean(fields[0]) ?? '';
    if (fields.length < 2 || !/^\d+$/.test(entNum)) {
      problems.push({ line, element: 'sdn_comments.csv', message: 'expected ent_num and remarks text: row skipped' });
      continue;
    }
    if (!known.has(entNum)) orphans.add(line, entNum);
    else comments.set(entNum, (comments.get(entNum) ?? '') + (fields[1] ?? ''));
  }
  orphans.report(problems);
  return comments;
}

function addAliases(text: string, entities: Map<string, ListEntity>, problems: ListProblem[]): void {
  const orphans = new OrphanRows('alt.csv');
  for (const { line, fields } of readCsvRecords(text, 'alt.csv', problems)) {
    const [entNum = '', , altType, altName, altRemarks] = fields.map((f) => clean(f));
    const where = { line, element: 'alt.csv' };
    if (fields.length !== 5 || !/^\d+$/.test(entNum)) {
      problems.push({ ...where, message: 'expected 5 fields (ent_num, alt_num, alt_type, alt_name, alt_remarks): row skipped' });
      continue;
    }
    const entity = entities.get(entNum);
    if (!entity) {
      orphans.add(line, entNum);
      continue;
    }
    if (!altName) {
      problems.push({ ...where, message: `ent_num ${entNum}: alias without a name, skipped` });
      continue;
    }
    if (altType && !/^[fna]ka$/i.test(altType)) {
      problems.push({ ...where, message: `ent_num ${entNum}: unknown alt_type "${altType}", read as an alias` });
    }
    const kind: ListName['kind'] = /weak|low quality/i.test(altRemarks ?? '') ? 'weak' : 'alias';
    const existing = entity.names.find((n) => n.name === altName);
    if (!existing) entity.names.push({ name: altName, kind });
    else if (existing.kind === 'weak' && kind === 'alias') existing.kind = 'alias';
  }
  orphans.report(problems);
}

function addAddresses(text: string, entities: Map<string, ListEntity>, problems: ListProblem[]): void {
  const orphans = new OrphanRows('add.csv');
  const unknown = new Map<string, number[]>();
  for (const { line, fields } of readCsvRecords(text, 'add.csv', problems)) {
    const entNum = clean(fields[0]) ?? '';
    if (fields.length !== 6 || !/^\d+$/.test(entNum)) {
      problems.push({ line, element: 'add.csv', message: 'expected 6 fields (ent_num, add_num, address, city, country, add_remarks): row skipped' });
      continue;
    }
    const entity = entities.get(entNum);
    if (!entity) {
      orphans.add(line, entNum);
      continue;
    }
    const country = clean(fields[4]);
    if (!country) continue;
    const code = countryCode(country);
    if (code) pushUnique(entity.countries, code);
    else unknown.set(country, [...(unknown.get(country) ?? []), line]);
  }
  orphans.report(problems);
  for (const [country, lines] of unknown) {
    problems.push({ line: lines[0], element: 'add.csv', message: `country "${country}" names no single ISO country (${lines.length} rows): left out of countries` });
  }
}

/** Parses OFAC's SDN CSV files (headerless, `-0-` for empty, 0x1A at the end) into list entities. */
export function parseOfacSdn(files: OfacSdnFiles): ParsedList {
  const problems: ListProblem[] = [];
  const records = readCsvRecords(files.sdn, 'sdn.csv', problems);
  const first = records[0];
  if (!first || first.fields.length !== SDN_COLUMNS || !/^\s*\d+\s*$/.test(first.fields[0])) {
    throw new ListFormatError('ofac-sdn', `sdn.csv should hold headerless rows of ${SDN_COLUMNS} fields starting with a numeric ent_num`);
  }
  const known = new Set(records.map((r) => clean(r.fields[0]) ?? ''));
  const comments = readComments(files.comments, known, problems);
  const entities = readSdn(records, comments, problems);
  if (files.alt) addAliases(files.alt, entities, problems);
  if (files.add) addAddresses(files.add, entities, problems);
  return { entities: [...entities.values()], problems };
}
