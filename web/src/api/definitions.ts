import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { InstanceHeader } from './types';

export interface DefinitionSummary {
  id: string;
  name: string;
  version: number;
  type: string | null;
  format: string;
  used: boolean;
  steps: Array<{ elementId: string; stepType: string; stepName: string }>;
}

export interface DefinitionOverview {
  name: string;
  versions: Array<{ id: string; version: number; type?: string | null; createdAt?: string }>;
  countsByStatus: Record<string, number>;
  lastRunInstances: InstanceHeader[];
}

export function useDefinitions() {
  return useQuery({ queryKey: ['definitions'], queryFn: () => api<{ definitions: DefinitionSummary[] }>('GET', '/definitions'), staleTime: 60_000 });
}

export function useDefinitionsOverview() {
  return useQuery({ queryKey: ['definitions', 'overview'], queryFn: () => api<{ definitions: DefinitionOverview[] }>('GET', '/definitions/overview') });
}

/** The BPMN XML of one definition version (drawn by bpmn-js). */
export function useDefinitionBpmn(id: string | undefined) {
  return useQuery({
    queryKey: ['definitions', id, 'bpmn'],
    enabled: Boolean(id),
    staleTime: Infinity,
    queryFn: async () => {
      const res = await fetch(`/api/v1/definitions/${encodeURIComponent(id ?? '')}/bpmn`, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`The diagram could not be loaded (HTTP ${res.status}).`);
      return res.text();
    },
  });
}
