import { useQuery } from '@tanstack/react-query';
import { api, queryString } from './client';
import type { AuditEntry } from './types';

export function useAuditLog(filters: { targetId?: string; before?: number; limit: number }) {
  return useQuery({
    queryKey: ['audit-log', filters],
    queryFn: () => api<{ entries: AuditEntry[] }>('GET', `/audit-log${queryString(filters)}`),
  });
}

export function useAuditVerification() {
  return useQuery({ queryKey: ['audit-log', 'verify'], queryFn: () => api<{ intact: boolean; firstBrokenId: number | null }>('GET', '/audit-log/verify') });
}
