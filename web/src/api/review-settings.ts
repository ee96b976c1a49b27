import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export interface ReviewSettings {
  fourEyes: { enabled: boolean; statuses: string[] };
}

export function useReviewSettings() {
  return useQuery({ queryKey: ['settings', 'review'], queryFn: () => api<ReviewSettings>('GET', '/settings/review') });
}

export function useSaveReviewSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewSettings) => api<ReviewSettings>('PUT', '/settings/review', body),
    onSuccess: (saved) => client.setQueryData(['settings', 'review'], saved),
  });
}
