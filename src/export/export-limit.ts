import { Failure } from '../domain/failure.js';

/** At most this many instances in one bulk export (as TrustX). */
export const EXPORT_LIMIT = 10_000;

export function exportLimitExceeded(count: number): Failure {
  return new Failure(
    'UNPROCESSABLE',
    'EXPORT_LIMIT_EXCEEDED',
    `CSV export has a hard limit of 10,000 Process Instances per export; ${count.toLocaleString('en-US')} match the current filters: narrow the search (for example the created from/to dates or the status) and export again`,
    { count, limit: EXPORT_LIMIT },
  );
}
