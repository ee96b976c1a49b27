import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Role } from './types';

export interface UserRow {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
  lastLoginAt?: string | null;
  createdAt?: string;
}

export interface ApiKeyRow {
  id: string;
  name: string;
  role: Role;
  createdAt?: string;
  revokedAt?: string | null;
  lastUsedAt?: string | null;
}

export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: () => api<{ users: UserRow[] }>('GET', '/users') });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string; role: Role }) => api<UserRow>('POST', '/users', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; role?: Role; disabled?: boolean }) => {
      const { id, ...body } = input;
      return api<UserRow>('PATCH', `/users/${encodeURIComponent(id)}`, body);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useApiKeys() {
  return useQuery({ queryKey: ['api-keys'], queryFn: () => api<{ apiKeys: ApiKeyRow[] }>('GET', '/api-keys') });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; role: Role }) => api<ApiKeyRow & { key: string }>('POST', '/api-keys', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ApiKeyRow>('DELETE', `/api-keys/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}
