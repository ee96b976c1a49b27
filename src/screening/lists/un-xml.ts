import { XMLParser } from 'fast-xml-parser';
import type { ListEntity, ListIdentifier, ListName } from '../types.js';
import { countryCode } from './countries.js';
import { parseListDate, yearRange } from './dates.js';
import { type ListProblem, type ParsedList, ListFormatError } from './parse-result.js';
import { pushUnique } from './text.js';

const ARRAYS = new Set([
  'INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'INDIVIDUAL_DATE_OF_BIRTH', 'INDIVIDUAL_PLACE_OF_BIRTH',
  'INDIVIDUAL_ADDRESS', 'ENTITY_ADDRESS', 'INDIVIDUAL_DOCUMENT', 'VALUE', 'NATIONALITY',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

// fast-xml-parser returns untyped trees; each read below checks what it finds.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = Record<string, any>;

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const t = String(typeof value === 'object' ? ((value as Node)['#text'] ?? '') : value).replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}

function values(node: unknown): string[] {
  const list = Array.isArray(node) ? node : node ? [node] : [];
  return list.flatMap((n: Node) => (n?.VALUE ?? []).map(text)).filter((v: string | undefined): v is string => !!v);
}

function birthDates(node: Node, where: string, problems: ListProblem[]): string[] {
  const dates: string[] = [];
  for (const dob of (node.INDIVIDUAL_DATE_OF_BIRTH ?? []) as Node[]) {
    const date = text(dob.DATE);
    const year = text(dob.YEAR);
    const from = text(dob.FROM_YEAR);
    const to = text(dob.TO_YEAR);
    if (date) {
      const d = parseListDate(date.slice(0, 10));
      if (d) pushUnique(dates, d);
      else problems.push({ element: where, message: `unreadable DATE_OF_BIRTH "${date}", left out` });
    } else if (year) {
      if (/^\d{4}$/.test(year)) pushUnique(dates, year);
      else problems.push({ element: where, message: `unreadable birth YEAR "${year}", left out` });
    } else if (from && to) {
      const years = yearRange(Number(from), Number(to));
      if (years.length === 0) problems.push({ element: where, message: `unreadable birth years "${from}" to "${to}", left out` });
      for (const y of years) pushUnique(dates, y);
    }
  }
  return dates;
}

function aliases(list: Node[] | undefined, names: ListName[]): void {
  for (const alias of list ?? []) {
    const name = text(alias.ALIAS_NAME);
    if (!name || names.some((n) => n.name === name)) continue;
    names.push({ name, kind: text(alias.QUALITY)?.toLowerCase() === 'low' ? 'weak' : 'alias' });
  }
}

function documents(list: Node[] | undefined): ListIdentifier[] {
  const ids: ListIdentifier[] = [];
  for (const doc of list ?? []) {
    const value = text(doc.NUMBER);
    if (!value) continue;
    const type = text(doc.TYPE_OF_DOCUMENT) ?? text(doc.TYPE_OF_DOCUMENT2) ?? 'Document';
    const country = countryCode(text(doc.ISSUING_COUNTRY) ?? text(doc.COUNTRY_OF_ISSUE));
    ids.push(country ? { type, value, country } : { type, value });
  }
  return ids;
}

function addresses(list: Node[] | undefined, countries: string[]): void {
  for (const a of list ?? []) pushUnique(countries, countryCode(text(a.COUNTRY)));
}

function common(node: Node, kind: 'person' | 'organization', where: string, problems: ListProblem[]): ListEntity | undefined {
  const ref = text(node.REFERENCE_NUMBER);
  if (!ref) {
    problems.push({ element: where, message: 'no REFERENCE_NUMBER: skipped' });
    return undefined;
  }
  const parts = [node.FIRST_NAME, node.SECOND_NAME, node.THIRD_NAME, node.FOURTH_NAME].map(text).filter(Boolean);
  if (parts.length === 0) {
    problems.push({ element: `${where} ${ref}`, message: 'no name: skipped' });
    return undefined;
  }
  const names: ListName[] = [];
  if (kind === 'organization') {
    // Entities sometimes list two names in FIRST_NAME separated by " ; ".
    const [primary, ...others] = parts.join(' ').split(/\s+;\s+/);
    names.push({ name: primary, kind: 'primary' }, ...others.map((name) => ({ name, kind: 'alias' as const })));
  } else {
    names.push({ name: parts.join(' '), kind: 'primary' });
  }
  const original = text(node.NAME_ORIGINAL_SCRIPT);
  if (original && !names.some((n) => n.name === original)) names.push({ name: original, kind: 'alias' });
  const listType = text(node.UN_LIST_TYPE);
  const listed = parseListDate(text(node.LISTED_ON)?.slice(0, 10) ?? '');
  const comments = text(node.COMMENTS1);
  return {
    source: 'un',
    sourceId: ref,
    type: kind,
    names,
    birthDates: [],
    countries: [],
    programs: listType ? [listType] : [],
    identifiers: [],
    ...(comments ? { remarks: comments } : {}),
    ...(listed ? { listedAt: listed } : {}),
  };
}

function individual(node: Node, problems: ListProblem[]): ListEntity | undefined {
  const entity = common(node, 'person', 'INDIVIDUAL', problems);
  if (!entity) return undefined;
  const where = `INDIVIDUAL ${entity.sourceId}`;
  aliases(node.INDIVIDUAL_ALIAS, entity.names);
  entity.birthDates = birthDates(node, where, problems);
  for (const alias of (node.INDIVIDUAL_ALIAS ?? []) as Node[]) {
    const date = parseListDate(text(alias.DATE_OF_BIRTH)?.slice(0, 10) ?? '');
    if (date) pushUnique(entity.birthDates, date);
  }
  for (const n of values(node.NATIONALITY)) {
    const code = countryCode(n);
    if (code) pushUnique(entity.countries, code);
  }
  addresses(node.INDIVIDUAL_ADDRESS, entity.countries);
  for (const pob of (node.INDIVIDUAL_PLACE_OF_BIRTH ?? []) as Node[]) pushUnique(entity.countries, countryCode(text(pob.COUNTRY)));
  entity.identifiers = documents(node.INDIVIDUAL_DOCUMENT);
  const gender = text(node.GENDER)?.toLowerCase();
  if (gender === 'male' || gender === 'female') entity.gender = gender;
  return entity;
}

function organization(node: Node, problems: ListProblem[]): ListEntity | undefined {
  const entity = common(node, 'organization', 'ENTITY', problems);
  if (!entity) return undefined;
  aliases(node.ENTITY_ALIAS, entity.names);
  addresses(node.ENTITY_ADDRESS, entity.countries);
  return entity;
}

/** Parses the UN Security Council Consolidated List XML (INDIVIDUALS and ENTITIES). */
export function parseUnXml(xml: string): ParsedList {
  let doc: Node;
  try {
    doc = parser.parse(xml, true);
  } catch (err) {
    throw new ListFormatError('un', `the XML does not parse (${(err as Error).message.split('\n')[0]})`);
  }
  const root = doc?.CONSOLIDATED_LIST;
  if (!root || typeof root !== 'object') throw new ListFormatError('un', 'the root element is not CONSOLIDATED_LIST');
  const problems: ListProblem[] = [];
  const entities: ListEntity[] = [];
  const seen = new Set<string>();
  const add = (e: ListEntity | undefined) => {
    if (!e) return;
    if (seen.has(e.sourceId)) {
      problems.push({ element: e.sourceId, message: `REFERENCE_NUMBER ${e.sourceId} appears twice: the later one skipped` });
      return;
    }
    seen.add(e.sourceId);
    entities.push(e);
  };
  for (const node of (root.INDIVIDUALS?.INDIVIDUAL ?? []) as Node[]) add(individual(node, problems));
  for (const node of (root.ENTITIES?.ENTITY ?? []) as Node[]) add(organization(node, problems));
  const generated = text(root['@dateGenerated']);
  return { entities, problems, ...(generated ? { publishedAt: generated } : {}) };
}
