import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export interface ListVersion {
  id: string;
  name: string;
  source: string;
  format: string;
  publishedAt?: string;
  importedAt: string;
  counts: { entities: number; names: number; problems: number };
  status: 'active' | 'superseded';
  diff: { added: number; removed: number; changed: number };
}

export interface MonitoringAlert {
  id: string;
  entityId: string;
  versionId: string;
  source: string;
  sourceId: string;
  change: 'added' | 'changed';
  matchedName: string;
  score: number;
  outcome: 'URGENT' | 'REVIEW';
  status: 'OPEN' | 'RESOLVED';
  createdAt: string;
  resolution?: string | null;
  resolvedBy?: string | null;
}

export function useListVersions() {
  return useQuery({ queryKey: ['screening', 'lists'], queryFn: () => api<{ lists: ListVersion[] }>('GET', '/screening/lists?all=true') });
}

export function useAlerts(status: 'OPEN' | 'RESOLVED') {
  return useQuery({ queryKey: ['screening', 'alerts', status], queryFn: () => api<{ alerts: MonitoringAlert[] }>('GET', `/screening/alerts?status=${status}`) });
}

export function useResolveAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; resolution: 'TRUE_POSITIVE' | 'FALSE_POSITIVE' }) =>
      api<MonitoringAlert>('PATCH', `/screening/alerts/${encodeURIComponent(input.id)}`, { resolution: input.resolution }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['screening', 'alerts'] }),
  });
}
