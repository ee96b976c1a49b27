const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** Widest year range expanded into single years; wider ranges keep only their two ends. */
const MAX_RANGE_YEARS = 15;

function pad(n: string): string {
  return n.padStart(2, '0');
}

function validDay(year: string, month: string, day: string): boolean {
  const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return d.getUTCFullYear() === Number(year) && d.getUTCMonth() === Number(month) - 1 && d.getUTCDate() === Number(day);
}

/**
 * One date as lists write it ("12 Jan 1960", "Jan 1960", "1960", "1960-01-12", "12/01/1960" day first,
 * "12-01-1960") → YYYY-MM-DD, YYYY-MM or YYYY; undefined when it is not a date.
 */
export function parseListDate(text: string): string | undefined {
  const t = text.trim().replace(/\.$/, '');
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  if (m) {
    const [, y, mo, d] = m;
    if (!mo) return y;
    if (Number(mo) < 1 || Number(mo) > 12) return undefined;
    if (!d) return `${y}-${pad(mo)}`;
    if (Number(d) === 0) return `${y}-${pad(mo)}`;
    return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  m = /^(?:(\d{1,2}) )?([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    if (!month) return undefined;
    if (!m[1]) return `${m[3]}-${month}`;
    return validDay(m[3], month, m[1]) ? `${m[3]}-${month}-${pad(m[1])}` : undefined;
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return validDay(m[3], m[2], m[1]) ? `${m[3]}-${pad(m[2])}-${pad(m[1])}` : undefined;
  return undefined;
}

/** The years from `from` to `to`, or only the two ends when the range is wider than fifteen years. */
export function yearRange(from: number, to: number): string[] {
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) return [];
  if (to - from > MAX_RANGE_YEARS) return [String(from), String(to)];
  const years: string[] = [];
  for (let y = from; y <= to; y++) years.push(String(y));
  return years;
}

/**
 * A date of birth phrase → the dates it allows: "12 Jan 1960" → [1960-01-12]; "circa 1960" or "approximately
 * 1960" → [1960]; "1955 to 1958" → [1955, 1956, 1957, 1958]; "01 Mar 1965 to 1966" → [1965, 1966]. Empty when unreadable.
 */
export function parseBirthDatePhrase(text: string): string[] {
  const t = text
    .trim()
    .replace(/\.$/, '')
    .replace(/^(circa|approximately|approx\.?|about|ca\.?)\s+/i, '');
  const range = /^(.+?)\s+(?:to|-|–)\s+(.+)$/i.exec(t);
  if (range) {
    const from = parseListDate(range[1]);
    const to = parseListDate(range[2]);
    if (!from || !to) return [];
    if (from === to) return [from];
    return yearRange(Number(from.slice(0, 4)), Number(to.slice(0, 4)));
  }
  const one = parseListDate(t);
  return one ? [one] : [];
}
