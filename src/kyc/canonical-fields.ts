import { addressFrom } from './parse-address.js';
import type { KycGender, KycRecord } from './types.js';

/** The canonical flat columns of a source file (CSV header, JSONL keys). */
export const CANONICAL_COLUMNS = [
  'recordId', 'givenName', 'middleName', 'familyName', 'otherNames', 'dateOfBirth', 'gender',
  'unitNumber', 'streetNumber', 'streetName', 'streetType', 'addressLine1', 'addressLine2',
  'locality', 'district', 'subdivision', 'postalCode', 'country', 'govIdType', 'govIdNumber', 'govIdCountry',
] as const;
export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];

export class FieldError extends Error {}

/**
 * Parses `fileColumn=canonicalName,…` (the `--map` option). Throws a FieldError naming the fix for a pair
 * without `=` or a canonical name that does not exist.
 */
export function parseColumnMap(spec: string | undefined): Map<string, CanonicalColumn> {
  const map = new Map<string, CanonicalColumn>();
  if (!spec) return map;
  for (const pair of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [from, to, extra] = pair.split('=').map((s) => s.trim());
    if (!from || !to || extra !== undefined) throw new FieldError(`--map "${pair}": write fileColumn=canonicalName, e.g. --map surname=familyName,dob=dateOfBirth`);
    if (!(CANONICAL_COLUMNS as readonly string[]).includes(to)) throw new FieldError(`--map "${pair}": ${to} is not a canonical column (one of ${CANONICAL_COLUMNS.join(', ')})`);
    map.set(from, to as CanonicalColumn);
  }
  return map;
}

/** A date of birth as YYYY-MM-DD (also read from YYYYMMDD, YYYY-MM and YYYY); undefined when it is no real date. */
export function parseDateOfBirth(raw: string): string | undefined {
  const s = raw.trim();
  const m = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?$/.exec(s);
  if (!m || !m[1]) return undefined;
  const [, y, mo, d] = m;
  if (!mo) return y;
  if (Number(mo) < 1 || Number(mo) > 12) return undefined;
  if (!d) return `${y}-${mo}`;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${mo}-${d}`;
}

export function parseGender(raw: string): KycGender | undefined {
  const g = raw.trim().toUpperCase();
  if (g === 'M' || g === 'MALE') return 'M';
  if (g === 'F' || g === 'FEMALE') return 'F';
  if (g === 'U' || g === 'UNKNOWN' || g === 'X') return 'U';
  return undefined;
}

/** A record's person attributes, without its id. */
export type PersonFields = Omit<KycRecord, 'recordId'>;

const text = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);

/** A person's attributes from canonical flat fields; throws a FieldError naming the field and the fix. */
export function personFromFields(f: Partial<Record<CanonicalColumn, string>>): PersonFields {
  for (const [k, v] of Object.entries(f)) if (typeof v === 'string' && v.includes('\u0000')) throw new FieldError(`${k} holds a NUL byte: remove it`);
  const out: PersonFields = { otherNames: [], govIds: [] };
  const given = text(f.givenName);
  const family = text(f.familyName);
  if (given) out.givenName = given;
  if (text(f.middleName)) out.middleName = text(f.middleName);
  if (family) out.familyName = family;
  if (text(f.otherNames)) out.otherNames = f.otherNames!.split(/[;|]/).map((s) => s.trim()).filter(Boolean);
  if (text(f.dateOfBirth)) {
    const dob = parseDateOfBirth(f.dateOfBirth!);
    if (!dob) throw new FieldError(`dateOfBirth "${f.dateOfBirth!.trim()}" is not a date: write YYYY-MM-DD`);
    out.dateOfBirth = dob;
  }
  if (text(f.gender)) {
    const g = parseGender(f.gender!);
    if (!g) throw new FieldError(`gender "${f.gender!.trim()}" is not M, F or U`);
    out.gender = g;
  }
  const address = addressFrom({
    unitNumber: text(f.unitNumber), streetNumber: text(f.streetNumber), streetName: text(f.streetName), streetType: text(f.streetType),
    addressLine1: text(f.addressLine1), addressLine2: text(f.addressLine2), locality: text(f.locality), district: text(f.district),
    subdivision: text(f.subdivision), postalCode: text(f.postalCode), country: text(f.country),
  });
  if (address) out.address = address;
  const number = text(f.govIdNumber);
  if (number) out.govIds.push({ type: text(f.govIdType) ?? '', number, ...(text(f.govIdCountry) ? { country: text(f.govIdCountry)!.toUpperCase() } : {}) });
  return out;
}

/** A source record from canonical flat fields: a recordId and a name part are required. */
export function recordFromFields(f: Partial<Record<CanonicalColumn, string>>): KycRecord {
  const recordId = text(f.recordId);
  if (!recordId) throw new FieldError('recordId is empty: every record needs its own id');
  const person = personFromFields(f);
  if (!person.givenName && !person.familyName) throw new FieldError('givenName and familyName are both empty: a record needs a name');
  const { address, ...rest } = person;
  return { recordId, ...rest, ...(address ? { address } : {}) };
}
