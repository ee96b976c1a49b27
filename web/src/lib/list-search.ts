import type { InstanceFilters } from '../api/instances';

/** The list page's URL: the API's own filter names, so a bookmarked view reads like the API call it makes. */
export interface ListSearch {
  status?: string;
  processDefnName?: string;
  createdFrom?: string;
  createdTo?: string;
  processTokenId?: string;
  referenceId?: string;
  paramName?: string;
  paramValue?: string;
  limit?: number;
  cursor?: string;
}

const TEXT_KEYS = ['status', 'processDefnName', 'createdFrom', 'createdTo', 'processTokenId', 'referenceId', 'paramName', 'paramValue', 'cursor'] as const;
export const PAGE_SIZES = [25, 50, 100, 200] as const;

export function parseListSearch(raw: Record<string, unknown>): ListSearch {
  const out: ListSearch = {};
  for (const key of TEXT_KEYS) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
    else if (typeof value === 'number') out[key] = String(value);
  }
  const limit = Number(raw.limit);
  if ((PAGE_SIZES as readonly number[]).includes(limit)) out.limit = limit;
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The API filters of a URL: dates (UTC days) become the first and last instant of the day. */
export function filtersOfSearch(s: ListSearch): InstanceFilters {
  return {
    status: s.status ? s.status.split(',').filter(Boolean) : undefined,
    processDefnName: s.processDefnName,
    createdFrom: s.createdFrom && DATE.test(s.createdFrom) ? `${s.createdFrom}T00:00:00.000Z` : s.createdFrom,
    createdTo: s.createdTo && DATE.test(s.createdTo) ? `${s.createdTo}T23:59:59.999Z` : s.createdTo,
    processTokenId: s.processTokenId,
    referenceId: s.referenceId,
    paramName: s.paramName && s.paramValue !== undefined ? s.paramName : undefined,
    paramValue: s.paramName && s.paramValue !== undefined ? s.paramValue : undefined,
  };
}
