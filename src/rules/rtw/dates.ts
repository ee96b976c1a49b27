/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), exact and time-zone free: a date is a day,
 * never an instant. ISO dates compare correctly as strings, so comparisons use `<`/`>=`.
 */

interface Ymd {
  y: number;
  m: number; // 1–12
  d: number;
}

function parse(date: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${date}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function format({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Adds calendar months. When the target month has no corresponding day (31 Aug + 6 months),
 * the result is the last day of that month (28 or 29 Feb). Negative `months` subtract.
 */
export function addMonths(date: string, months: number): string {
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format({ y: year, m: month, d: Math.min(d, daysInMonth(year, month)) });
}

export function addDays(date: string, days: number): string {
  const { y, m, d } = parse(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/** Whole years of age on `on`; someone born on 29 Feb has their birthday on 1 Mar in common years. */
export function ageOn(dateOfBirth: string, on: string): number {
  const b = parse(dateOfBirth);
  const t = parse(on);
  const hadBirthday = t.m > b.m || (t.m === b.m && t.d >= b.d);
  return t.y - b.y - (hadBirthday ? 0 : 1);
}

export const laterOf = (a: string, b: string): string => (a >= b ? a : b);
export const earlierOf = (a: string, b: string): string => (a <= b ? a : b);

/** Month (1–12) and day of a date, for seasonal windows such as Irish student holidays. */
export function monthDay(date: string): { month: number; day: number } {
  const { m, d } = parse(date);
  return { month: m, day: d };
}
