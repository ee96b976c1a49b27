import type { ListEntity, ListEntityType, ListIdentifier, ListName } from '../types.js';
import { countryCode } from './countries.js';
import { ftmCategories } from './list-categories.js';
import { parseListDate } from './dates.js';
import { type ListProblem, type ParsedList, ListFormatError } from './parse-result.js';
import { pushUnique } from './text.js';

const SCHEMAS: Record<string, ListEntityType> = {
  Person: 'person', Organization: 'organization', Company: 'organization', LegalEntity: 'organization',
  PublicBody: 'organization', Vessel: 'vessel', Airplane: 'aircraft',
};
/** FtM properties that hold identifiers, with the type idflow records. */
const ID_PROPERTIES: Record<string, string> = {
  passportNumber: 'Passport', idNumber: 'National ID', taxNumber: 'Tax ID', registrationNumber: 'Registration Number',
  innCode: 'INN', ogrnCode: 'OGRN', leiCode: 'LEI', swiftBic: 'SWIFT/BIC', imoNumber: 'IMO', mmsi: 'MMSI',
  vatCode: 'VAT', ssn: 'SSN',
};
const COUNTRY_PROPERTIES = ['nationality', 'citizenship', 'country', 'jurisdiction', 'birthCountry', 'flag', 'mainCountry'];

function strings(props: Record<string, unknown>, key: string): string[] {
  const v = props[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [];
}

interface FtmEntity {
  id: string;
  schema: string;
  properties?: unknown;
  caption?: unknown;
  datasets?: unknown;
  first_seen?: unknown;
  target?: unknown;
}

function isFtmEntity(raw: unknown): raw is FtmEntity {
  if (!raw || typeof raw !== 'object') return false;
  const r = raw as Record<string, unknown>;
  return typeof r.id === 'string' && typeof r.schema === 'string';
}

function toEntity(raw: unknown, line: number, problems: ListProblem[]): ListEntity | undefined {
  const where = { line };
  if (!isFtmEntity(raw)) {
    problems.push({ ...where, message: 'not an FtM entity (needs id, schema and properties): skipped' });
    return undefined;
  }
  const type = SCHEMAS[raw.schema];
  if (!type) return undefined; // Addresses, sanctions, relations… are not designated parties.
  const props: Record<string, unknown> = raw.properties && typeof raw.properties === 'object' ? (raw.properties as Record<string, unknown>) : {};
  const names: ListName[] = [];
  const add = (name: string, kind: ListName['kind']) => {
    if (!names.some((n) => n.name === name)) names.push({ name, kind });
  };
  const primary = strings(props, 'name');
  const caption = typeof raw.caption === 'string' && raw.caption.trim() ? raw.caption.trim() : undefined;
  for (const n of caption && primary.includes(caption) ? [caption, ...primary] : primary) add(n, names.length === 0 ? 'primary' : 'alias');
  if (names.length === 0 && caption) add(caption, 'primary');
  if (names.length === 0) {
    problems.push({ ...where, element: raw.id, message: 'entity without a name: skipped' });
    return undefined;
  }
  for (const n of [...strings(props, 'alias'), ...strings(props, 'previousName')]) add(n, 'alias');
  for (const n of strings(props, 'weakAlias')) add(n, 'weak');
  const birthDates: string[] = [];
  for (const d of [...strings(props, 'birthDate'), ...strings(props, 'incorporationDate')]) pushUnique(birthDates, parseListDate(d.slice(0, 10)));
  const countries: string[] = [];
  for (const key of COUNTRY_PROPERTIES) for (const c of strings(props, key)) pushUnique(countries, countryCode(c.toUpperCase()) ?? countryCode(c));
  const identifiers: ListIdentifier[] = [];
  for (const [key, idType] of Object.entries(ID_PROPERTIES)) for (const value of strings(props, key)) identifiers.push({ type: idType, value });
  const datasets: string[] = Array.isArray(raw.datasets) ? raw.datasets.filter((d: unknown) => typeof d === 'string') : [];
  const gender = strings(props, 'gender')[0]?.toLowerCase();
  const remarks = [...strings(props, 'notes'), ...strings(props, 'summary')].join('; ');
  const listed = typeof raw.first_seen === 'string' ? parseListDate(raw.first_seen.slice(0, 10)) : undefined;
  const topics = strings(props, 'topics');
  // FtM's `target` says whether the entity is itself listed; exports without the field hold only targets.
  const target = raw.target !== false;
  const positions = strings(props, 'position');
  const entity: ListEntity = {
    // The list the file is imported as replaces this (see readListInput).
    source: datasets[0] ?? 'ftm',
    sourceId: raw.id,
    type,
    names,
    birthDates,
    countries,
    programs: strings(props, 'program'),
    identifiers,
    categories: ftmCategories(topics, datasets, target),
    ...(topics.length ? { topics } : {}),
    ...(datasets.length ? { datasets } : {}),
    ...(positions.length ? { positions } : {}),
    ...(target ? {} : { target: false }),
  };
  if (gender === 'male' || gender === 'female') entity.gender = gender;
  if (remarks) entity.remarks = remarks;
  if (listed) entity.listedAt = listed;
  return entity;
}

/** Parses FollowTheMoney JSON lines (OpenSanctions' entity export): one entity per line; other schemata are skipped. */
export function parseFtm(text: string): ParsedList {
  const problems: ListProblem[] = [];
  const entities: ListEntity[] = [];
  const seen = new Set<string>();
  let parsedLines = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
      parsedLines++;
    } catch (err) {
      if (parsedLines === 0 && i < 5) throw new ListFormatError('ftm', `line ${i + 1} is not JSON (${(err as Error).message})`);
      problems.push({ line: i + 1, message: `not JSON (${(err as Error).message}): skipped` });
      continue;
    }
    const entity = toEntity(raw, i + 1, problems);
    if (!entity) continue;
    if (seen.has(entity.sourceId)) {
      problems.push({ line: i + 1, element: entity.sourceId, message: `id ${entity.sourceId} appears twice: the later line skipped` });
      continue;
    }
    seen.add(entity.sourceId);
    entities.push(entity);
  }
  if (parsedLines === 0) throw new ListFormatError('ftm', 'the file holds no JSON lines');
  return { entities, problems };
}
