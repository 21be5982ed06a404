import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api/api-error';
import { api, call } from '../../../api/client';
import type { BodyOf, JsonOf } from '../../../api/types';

export type Channel = JsonOf<'/api/v1/channels/{id}', 'get'>;
export type NewChannel = BodyOf<'/api/v1/channels', 'post'>;
export type ChannelChange = BodyOf<'/api/v1/channels/{id}', 'patch'>;

const fetchChannels = () => call(api.GET('/api/v1/channels'));

export function useChannels() {
  return useQuery<Awaited<ReturnType<typeof fetchChannels>>, ApiError>({ queryKey: ['channels'], queryFn: fetchChannels });
}

export function useCreateChannel() {
  const queryClient = useQueryClient();
  return useMutation<Channel, ApiError, NewChannel>({
    mutationFn: (body) => call(api.POST('/api/v1/channels', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['channels'] }),
  });
}

export function useUpdateChannel() {
  const queryClient = useQueryClient();
  return useMutation<Channel, ApiError, { id: string; change: ChannelChange }>({
    mutationFn: ({ id, change }) => call(api.PATCH('/api/v1/channels/{id}', { params: { path: { id } }, body: change })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['channels'] }),
  });
}
