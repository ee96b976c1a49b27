import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export interface ProcessToken {
  id: string;
  processDefnId: string;
  processDefnName?: string;
  type: string;
  status: string;
  maxCount?: number | null;
  processTokenCounter?: number;
  notBeforeDtm?: string | null;
  notAfterDtm?: string | null;
  parameters?: Record<string, unknown>;
  createdAt?: string;
  createdDtm?: string;
}

export function useProcessTokens() {
  return useQuery({ queryKey: ['process-tokens'], queryFn: () => api<{ processTokens: ProcessToken[]; nextCursor: string | null }>('GET', '/process-tokens?limit=200') });
}

export function useCreateProcessToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api<ProcessToken>('POST', '/process-tokens', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['process-tokens'] }),
  });
}
