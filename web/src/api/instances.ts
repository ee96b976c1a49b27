import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, apiDownload, queryString, saveFile } from './client';
import type { AuditEntry, DocumentRecord, InstanceHeader, InstancePage, InstanceRecord, Proposal } from './types';

/** The list's filters, exactly the query keys of GET /process-instances (and of the export's `filters`). */
export interface InstanceFilters {
  status?: string[];
  processDefnName?: string;
  createdFrom?: string;
  createdTo?: string;
  processTokenId?: string;
  referenceId?: string;
  paramName?: string;
  paramValue?: string;
}

export function filterParams(f: InstanceFilters): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(f) as Array<[string, string | string[] | undefined]>) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

export function useInstancePage(filters: InstanceFilters, limit: number, cursor: string | undefined) {
  return useQuery({
    queryKey: ['process-instances', filterParams(filters), limit, cursor ?? null],
    queryFn: () => api<InstancePage>('GET', `/process-instances${queryString({ ...filterParams(filters), limit, cursor })}`),
    placeholderData: keepPreviousData,
  });
}

export function useParameterNames() {
  return useQuery({
    queryKey: ['parameter-names'],
    queryFn: () => api<{ names: string[] }>('GET', '/process-instances/parameter-names'),
    staleTime: 60_000,
  });
}

export const instanceQuery = (id: string) =>
  queryOptions({ queryKey: ['process-instance', id], queryFn: () => api<InstanceRecord>('GET', `/process-instances/${encodeURIComponent(id)}`) });

export function useInstance(id: string) {
  return useQuery(instanceQuery(id));
}

export function useDocuments(id: string) {
  return useQuery({
    queryKey: ['process-instance', id, 'documents'],
    queryFn: () => api<{ documents: DocumentRecord[] }>('GET', `/process-instances/${encodeURIComponent(id)}/documents`),
  });
}

export function useAuditTrail(id: string) {
  return useQuery({
    queryKey: ['process-instance', id, 'audit-trail'],
    queryFn: async () => {
      try {
        return await api<{ entries: AuditEntry[] }>('GET', `/process-instances/${encodeURIComponent(id)}/audit-trail`);
      } catch (err) {
        // A server without the audit-trail route: the log's entries that target the instance, oldest first.
        if (!(err instanceof ApiError && err.status === 404 && err.message.startsWith('no route'))) throw err;
        const log = await api<{ entries: AuditEntry[] }>('GET', `/audit-log?targetId=${encodeURIComponent(id)}&limit=500`);
        return { entries: [...log.entries].reverse() };
      }
    },
  });
}

/** Every four-eyes proposal on one instance, waiting or decided. */
export function useInstanceProposals(instanceId: string) {
  return useQuery({
    queryKey: ['review-proposals', instanceId],
    queryFn: () => api<{ proposals: Proposal[] }>('GET', `/review-proposals?instanceId=${encodeURIComponent(instanceId)}`),
  });
}

export function useReviewQueue() {
  return useQuery({ queryKey: ['review-queue'], queryFn: () => api<{ instances: InstanceHeader[]; proposals: Proposal[] }>('GET', '/review-queue') });
}

/** After any change to one instance: its record, the lists and the queue are read again. */
function useInvalidateInstance() {
  const client = useQueryClient();
  return (id: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['process-instance', id] }),
      client.invalidateQueries({ queryKey: ['process-instances'] }),
      client.invalidateQueries({ queryKey: ['review-queue'] }),
      client.invalidateQueries({ queryKey: ['review-proposals'] }),
    ]);
}

export function useDeleteInstance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ deleted: boolean }>('DELETE', `/process-instances/${encodeURIComponent(id)}`),
    onSuccess: async (_r, id) => {
      client.removeQueries({ queryKey: ['process-instance', id] });
      await client.invalidateQueries({ queryKey: ['process-instances'] });
    },
  });
}

export function useExportSearchResults() {
  return useMutation({
    mutationFn: async (input: { password: string; filters: InstanceFilters }) => {
      const file = await apiDownload('/process-instances/export', { password: input.password, filters: filterParams(input.filters) });
      saveFile(file.blob, file.fileName);
    },
  });
}

export function useExportInstance() {
  return useMutation({
    mutationFn: async (input: { id: string; password: string }) => {
      const file = await apiDownload(`/process-instances/${encodeURIComponent(input.id)}/export`, { password: input.password });
      saveFile(file.blob, file.fileName);
    },
  });
}

export function useChangeStatus(id: string) {
  const invalidate = useInvalidateInstance();
  return useMutation({
    mutationFn: (body: { status: string; comment: string }) => api<InstanceHeader | { proposal: Proposal }>('PATCH', `/process-instances/${encodeURIComponent(id)}`, body),
    onSuccess: () => invalidate(id),
  });
}

export function useDecideProposal() {
  const invalidate = useInvalidateInstance();
  return useMutation({
    mutationFn: (input: { proposal: Proposal; decision: 'approve' | 'reject'; comment?: string }) =>
      api<unknown>('POST', `/review-proposals/${encodeURIComponent(input.proposal.id)}/${input.decision}`, input.comment ? { comment: input.comment } : {}),
    onSettled: (_r, _e, input) => invalidate(input.proposal.instanceId),
  });
}

export function useResolveProcessResult(id: string) {
  const invalidate = useInvalidateInstance();
  return useMutation({
    mutationFn: (input: { proId: string; manualStatus: 'TRUE_POSITIVE' | 'FALSE_POSITIVE'; comment?: string }) =>
      api<unknown>('PATCH', `/process-instances/${encodeURIComponent(id)}/process-results/${encodeURIComponent(input.proId)}`, {
        manualStatus: input.manualStatus,
        ...(input.comment ? { comment: input.comment } : {}),
      }),
    onSuccess: () => invalidate(id),
  });
}

export function useOverrideRiskFactor(id: string) {
  const invalidate = useInvalidateInstance();
  return useMutation({
    mutationFn: (input: { factorId: string; manualOverrideScore: number | null; comment?: string }) =>
      api<unknown>('PATCH', `/process-instances/${encodeURIComponent(id)}/risk-factors/${encodeURIComponent(input.factorId)}`, {
        manualOverrideScore: input.manualOverrideScore,
        ...(input.comment ? { comment: input.comment } : {}),
      }),
    onSuccess: () => invalidate(id),
  });
}

export function useDocumentStatus(id: string) {
  const invalidate = useInvalidateInstance();
  return useMutation({
    mutationFn: (input: { docId: string; role: 'operator' | 'auditor'; status: string; message?: string }) =>
      api<unknown>('PATCH', `/process-instances/${encodeURIComponent(id)}/documents/${encodeURIComponent(input.docId)}/${input.role}`, {
        status: input.status,
        ...(input.message ? { message: input.message } : {}),
      }),
    onSuccess: () => invalidate(id),
  });
}

export function useReveal(id: string) {
  const invalidate = useInvalidateInstance();
  return useMutation({
    mutationFn: () => api<unknown>('POST', `/process-instances/${encodeURIComponent(id)}/reveal`),
    onSuccess: () => invalidate(id),
  });
}
