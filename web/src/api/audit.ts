import { useQuery } from '@tanstack/react-query';
import { api, queryString } from './client';
import type { AuditEntry } from './types';

/** The log's filters: the API's own query keys (action and actor exact, from/to ISO date-times). */
export interface AuditFilters {
  targetId?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  before?: number;
  limit: number;
}

export function useAuditLog(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit-log', filters],
    queryFn: () => api<{ entries: AuditEntry[] }>('GET', `/audit-log${queryString({ ...filters })}`),
  });
}

export function useAuditVerification() {
  return useQuery({ queryKey: ['audit-log', 'verify'], queryFn: () => api<{ intact: boolean; firstBrokenId: number | null }>('GET', '/audit-log/verify') });
}
