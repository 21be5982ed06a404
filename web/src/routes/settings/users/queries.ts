import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api/api-error';
import { api, call } from '../../../api/client';
import { ME_QUERY_KEY } from '../../../api/query-client';
import type { BodyOf, User } from '../../../api/types';

export type NewUser = BodyOf<'/api/v1/users', 'post'>;
export type UserChange = BodyOf<'/api/v1/users/{id}', 'patch'>;

const fetchUsers = () => call(api.GET('/api/v1/users'));

/** GET /api/v1/users, under the key of its path. */
export function useUsers() {
  return useQuery<Awaited<ReturnType<typeof fetchUsers>>, ApiError>({ queryKey: ['users'], queryFn: fetchUsers });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, NewUser>({
    mutationFn: (body) => call(api.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Role, state or language of one user; the session is read again in case it was the admin's own. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, { id: string; change: UserChange }>({
    mutationFn: ({ id, change }) => call(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: change })),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['users'] }), queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY })]);
    },
  });
}
