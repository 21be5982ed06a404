import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api/api-error';
import { api, call } from '../../../api/client';
import { ME_QUERY_KEY } from '../../../api/query-client';
import type { Schedule } from './schedule-form';

export const WORKING_HOURS_KEY = ['settings', 'working-hours'] as const;

export function useWorkingHours() {
  return useQuery<Schedule, ApiError>({ queryKey: WORKING_HOURS_KEY, queryFn: () => call(api.GET('/api/v1/settings/working-hours')) });
}

/** Saving the schedule also sets the account's time zone, which the session carries. */
export function useSaveWorkingHours() {
  const queryClient = useQueryClient();
  return useMutation<Schedule, ApiError, Schedule>({
    mutationFn: (body) => call(api.PUT('/api/v1/settings/working-hours', { body })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(WORKING_HOURS_KEY, saved);
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
