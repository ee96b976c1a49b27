/** A database time as an ISO-8601 UTC timestamp (pg gives a Date, PGlite may give a string). */
export function isoTimestamp(d: Date | string): string {
  return (d instanceof Date ? d : new Date(d)).toISOString();
}

/** The same, or null where there is no time: every API answer writes an absent time as null. */
export function isoTimestampOrNull(d: Date | string | null | undefined): string | null {
  return d === null || d === undefined ? null : isoTimestamp(d);
}
