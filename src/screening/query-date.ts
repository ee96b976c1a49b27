/** How to read a date written with slashes or dots (16/07/1969 or 07/16/1969). */
export type DateOrder = 'dmy' | 'mdy';

export type QueryDate = { date: string } | { error: string };

const pad = (n: string) => n.padStart(2, '0');

function calendar(y: string, m: string, d: string): QueryDate {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    return { error: `${y}-${pad(m)}-${pad(d)} is not a calendar date` };
  }
  return { date: `${y}-${pad(m)}-${pad(d)}` };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date of birth as customers' files write it → YYYY or YYYY-MM-DD. Accepted: `1969`, `1969-07-16`, `1969-7-16`,
 * `1969/7/16`, `16 Jul 1969`, `Jul 16, 1969`, and `16/07/1969` or `16.07.1969` when the day is over 12 or `order`
 * says which comes first. A form that two readings fit is refused with a message naming `--date-order`.
 */
export function parseQueryDate(text: string, order?: DateOrder): QueryDate {
  const t = text.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return { date: m[1] };
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return calendar(m[1], m[2], m[3]);
  m = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -](\d{4})$/.exec(t) ?? /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) {
    const [day, month] = /^\d/.test(m[1]) ? [m[1], m[2]] : [m[2], m[1]];
    const i = MONTHS.indexOf(month.toLowerCase());
    if (i >= 0) return calendar(m[3], String(i + 1), day);
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), m[3]];
    const reading = order ?? (a > 12 && b <= 12 ? 'dmy' : b > 12 && a <= 12 ? 'mdy' : undefined);
    if (!reading) return { error: `date "${t}" could be day/month or month/day: say which with --date-order dmy or mdy, or write YYYY-MM-DD` };
    return reading === 'dmy' ? calendar(y, m[2], m[1]) : calendar(y, m[1], m[2]);
  }
  return { error: `date "${t}" is not a date: write YYYY-MM-DD (or YYYY, or 16/07/1969 with --date-order dmy)` };
}
