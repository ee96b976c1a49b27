/** How dates, durations and missing values read on every page. */
export const NOT_AVAILABLE = 'Not available';

export function orNotAvailable(value: unknown): string {
  if (value === null || value === undefined || value === '') return NOT_AVAILABLE;
  return String(value);
}

/** ISO-8601 shown in UTC, to the second, so two reviewers in two countries read the same time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return NOT_AVAILABLE;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return NOT_AVAILABLE;
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s % 60)} s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

export function applicantName(i: { firstName: string | null; lastName: string | null }): string | null {
  const name = [i.firstName, i.lastName].filter(Boolean).join(' ');
  return name || null;
}
