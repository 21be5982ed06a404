import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api/api-error';
import { api, call } from '../../../api/client';
import type { JsonOf } from '../../../api/types';

const fetchApiKeys = () => call(api.GET('/api/v1/api-keys'));
export type ApiKey = JsonOf<'/api/v1/api-keys', 'get'>['data'][number];
export type CreatedApiKey = JsonOf<'/api/v1/api-keys', 'post', 201>;

export function useApiKeys() {
  return useQuery<Awaited<ReturnType<typeof fetchApiKeys>>, ApiError>({ queryKey: ['api-keys'], queryFn: fetchApiKeys });
}

/** The answer holds the whole key, the only time Sportello shows it. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation<CreatedApiKey, ApiError, string>({
    mutationFn: (name) => call(api.POST('/api/v1/api-keys', { body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiError, string>({
    mutationFn: (id) => call(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}
