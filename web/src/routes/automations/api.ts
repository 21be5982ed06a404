import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { Definition } from './model/types';

/**
 * The automations API as queries and mutations. Query keys follow the API
 * path (['automations'], ['automations', id], ['automations', id, 'report']…),
 * so a change invalidates everything under the automation it touched.
 */
export function useAutomations() {
  return useQuery({ queryKey: ['automations'], queryFn: () => call(api.GET('/api/v1/automations')) });
}

export function useAutomation(id: string) {
  return useQuery({ queryKey: ['automations', id], queryFn: () => call(api.GET('/api/v1/automations/{id}', { params: { path: { id } } })) });
}

export function useReport(id: string, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: ['automations', id, 'report'],
    queryFn: () => call(api.GET('/api/v1/automations/{id}/report', { params: { path: { id } } })),
    ...options,
  });
}

export function useVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['automations', id, 'versions'],
    queryFn: () => call(api.GET('/api/v1/automations/{id}/versions', { params: { path: { id } } })),
    enabled,
  });
}

export function useRuns(id: string, query: { status?: 'running' | 'waiting' | 'completed' | 'terminated' | 'failed'; cursor?: string }) {
  return useQuery({
    queryKey: ['automations', id, 'runs', query],
    queryFn: () => call(api.GET('/api/v1/automations/{id}/runs', { params: { path: { id }, query: { ...query, limit: 20 } } })),
  });
}

export function useRun(runId: string | null) {
  return useQuery({
    queryKey: ['automation-runs', runId],
    queryFn: () => call(api.GET('/api/v1/automation-runs/{id}', { params: { path: { id: runId! } } })),
    enabled: runId !== null,
  });
}

export function useTicketStatuses() {
  return useQuery({ queryKey: ['ticket-statuses'], queryFn: () => call(api.GET('/api/v1/ticket-statuses')) });
}

export function useCreateAutomation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; definition: unknown }) => call(api.POST('/api/v1/automations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['automations'] }),
  });
}

export function useSaveAutomation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; definition?: Definition }) => call(api.PUT('/api/v1/automations/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['automations', id], saved);
      return queryClient.invalidateQueries({ queryKey: ['automations'] });
    },
  });
}

export function useSetActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      active
        ? call(api.POST('/api/v1/automations/{id}/activate', { params: { path: { id } } }))
        : call(api.POST('/api/v1/automations/{id}/deactivate', { params: { path: { id } } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['automations', saved.id], saved);
      return queryClient.invalidateQueries({ queryKey: ['automations'] });
    },
  });
}

export function useDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/api/v1/automations/{id}/duplicate', { params: { path: { id } }, body: {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['automations'] }),
  });
}

export function useTerminateRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => call(api.POST('/api/v1/automation-runs/{id}/terminate', { params: { path: { id: runId } } })),
    onSuccess: (run) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['automations', run.automationId] }),
        queryClient.invalidateQueries({ queryKey: ['automation-runs', run.id] }),
      ]),
  });
}

/** Names the forms offer (free text stays allowed: the server creates tags and lists by name). */
export function useBuilderOptions() {
  const users = useQuery({ queryKey: ['users'], queryFn: () => call(api.GET('/api/v1/users')) });
  const tags = useQuery({ queryKey: ['tags'], queryFn: () => call(api.GET('/api/v1/tags')) });
  const lists = useQuery({ queryKey: ['lists'], queryFn: () => call(api.GET('/api/v1/lists')) });
  const fields = useQuery({ queryKey: ['fields'], queryFn: () => call(api.GET('/api/v1/fields')) });
  const statuses = useTicketStatuses();
  const categories = useQuery({ queryKey: ['ticket-categories'], queryFn: () => call(api.GET('/api/v1/ticket-categories')) });
  const automations = useAutomations();
  return {
    users: (users.data?.data ?? []).filter((u) => !u.disabled).map((u) => ({ value: u.id, label: u.name || u.email })),
    tags: (tags.data?.data ?? []).map((x) => x.name),
    lists: (lists.data?.data ?? []).map((x) => x.name),
    fields: (fields.data?.data ?? []).map((x) => ({ value: x.key, label: x.label || x.key, type: x.type })),
    statuses: (statuses.data?.data ?? []).map((x) => x.name),
    categories: (categories.data?.data ?? []).map((x) => x.name),
    automations: (automations.data?.data ?? []).map((a) => ({ value: a.id, label: a.name })),
  };
}
export type BuilderOptions = ReturnType<typeof useBuilderOptions>;
