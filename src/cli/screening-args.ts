import { countryCode } from '../screening/lists/countries.js';
import { type DateOrder, parseQueryDate } from '../screening/query-date.js';
import type { ListEntityType } from '../screening/types.js';

/** A bad flag or value given to `screen` or `match`: exit 2 with a message naming the fix. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A value in one row of a batch file that cannot be used: the row is reported and the batch goes on. */
export class RowError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const ENTITY_TYPES: ListEntityType[] = ['person', 'organization', 'vessel', 'aircraft'];

/** Throws `make(code, message)` for a bad value: a UsageError for a flag, a RowError for a cell of a batch row. */
export type Fail = (code: string, message: string) => never;
export const usage: Fail = (code, message) => {
  throw new UsageError(code, message);
};
export const rowFail: Fail = (code, message) => {
  throw new RowError(code, message);
};

export function parseType(value: string | undefined, fail: Fail = usage): ListEntityType | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const type = value.trim().toLowerCase() as ListEntityType;
  if (!ENTITY_TYPES.includes(type)) fail('INVALID_TYPE', `type '${value}' is not one of ${ENTITY_TYPES.join('|')}`);
  return type;
}

export function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) usage('SCREEN_USAGE', `--threshold '${value}' must be a number from 0 to 1`);
  return x;
}

export function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) usage('SCREEN_USAGE', `--limit '${value}' must be a whole number of at least 1`);
  return n;
}

export function parseDateOrder(value: string | undefined): DateOrder | undefined {
  if (value === undefined) return undefined;
  if (value !== 'dmy' && value !== 'mdy') usage('SCREEN_USAGE', `--date-order '${value}' must be dmy (16/07/1969) or mdy (07/16/1969)`);
  return value;
}

/** A date of birth → YYYY or YYYY-MM-DD (see parseQueryDate for the forms read). */
export function parseDob(value: string | undefined, order?: DateOrder, fail: Fail = usage): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = parseQueryDate(value, order);
  if ('error' in parsed) return fail('INVALID_DATE', `date of birth: ${parsed.error}`);
  return parsed.date;
}

/** A country as an ISO 3166-1 alpha-2 or alpha-3 code, an MRZ code or a name ("France", "Russian Federation") → alpha-2. */
export function parseCountry(value: string | undefined, fail: Fail = usage): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  const code = countryCode(/^[A-Za-z]{2,3}$/.test(v) ? v.toUpperCase() : v) ?? countryCode(v);
  if (!code) fail('INVALID_COUNTRY', `country '${value}' is not a country: give an ISO 3166-1 alpha-2 or alpha-3 code (DE, DEU) or its name (Germany)`);
  return code;
}

export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
