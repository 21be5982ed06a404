import { Button, Card, Center, Stack, Tabs, Text, Textarea, Timeline } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { IconHistory, IconNote } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import { useFormat } from '../../format/use-format';
import { ErrorAlert, Loading } from '../../ui';
import { actorName, historyValue, type ActorNames } from './history-lines';
import { useTicketLabels } from './labels';
import { useUsers } from './queries';
import type { TicketNote } from './types';

const PAGE = 100;

function useActorNames(): ActorNames {
  const { t } = useTranslation('tickets');
  const users = useUsers();
  const byId = new Map((users.data ?? []).map((u) => [u.id, u.name]));
  return { user: (id) => byId.get(id), api: t('actors.api'), automation: t('actors.automation'), unknownUser: t('actors.unknownUser') };
}

/** The ticket's notes (with a box to add one) and its history, in two tabs. */
export function TicketActivity({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('tickets');
  return (
    <Card withBorder padding="lg">
      <Tabs defaultValue="notes">
        <Tabs.List mb="md">
          <Tabs.Tab value="notes" leftSection={<IconNote size={16} />}>
            {t('notes.title')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
            {t('history.title')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="notes">
          <Notes ticketId={ticketId} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <History ticketId={ticketId} />
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}

function Notes({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const names = useActorNames();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const notes = useInfiniteQuery({
    queryKey: ['tickets', ticketId, 'notes'],
    queryFn: ({ pageParam }) => call(api.GET('/api/v1/tickets/{id}/notes', { params: { path: { id: ticketId }, query: { limit: PAGE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const add = useMutation<TicketNote, ApiError, string>({
    mutationFn: (note) => call(api.POST('/api/v1/tickets/{id}/notes', { params: { path: { id: ticketId } }, body: { text: note } })),
    onSuccess: async () => {
      setText('');
      await queryClient.invalidateQueries({ queryKey: ['tickets', ticketId] });
    },
  });

  let list;
  if (notes.isPending) list = <Loading h={120} />;
  else if (notes.isError) list = <ErrorAlert error={notes.error} onRetry={() => void notes.refetch()} />;
  else {
    const rows = notes.data.pages.flatMap((p) => p.data);
    list =
      rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('notes.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} aria-label={t('notes.title')}>
          {rows.map((note) => (
            <Timeline.Item key={note.id} title={<Text size="sm" fw={600}>{actorName(note.author, names)}</Text>}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {note.text}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {format.date(note.createdAt, 'dateTime')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      );
  }

  return (
    <Stack>
      {list}
      {notes.hasNextPage && (
        <Center>
          <Button variant="default" size="xs" loading={notes.isFetchingNextPage} onClick={() => void notes.fetchNextPage()}>
            {t('list.more')}
          </Button>
        </Center>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) add.mutate(text.trim());
        }}
      >
        <Stack gap="xs">
          <Textarea label={t('notes.add')} placeholder={t('notes.placeholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} maxRows={8} maxLength={10_000} />
          {add.error && <ErrorAlert error={add.error} />}
          <div>
            <Button type="submit" size="sm" disabled={!text.trim()} loading={add.isPending}>
              {t('notes.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}

function History({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const names = useActorNames();
  const labels = useTicketLabels();
  const history = useInfiniteQuery({
    queryKey: ['tickets', ticketId, 'history'],
    queryFn: ({ pageParam }) => call(api.GET('/api/v1/tickets/{id}/history', { params: { path: { id: ticketId }, query: { limit: PAGE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  if (history.isPending) return <Loading h={120} />;
  if (history.isError) return <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  const rows = history.data.pages.flatMap((p) => p.data);
  const valueNames = { priority: labels.priority, user: names.user, empty: t('history.empty') };

  return (
    <Stack>
      <Timeline bulletSize={14} lineWidth={2} aria-label={t('history.title')}>
        {rows.map((entry) => {
          const who = actorName(entry.actor, names);
          let what: string;
          if (entry.field === 'created') what = t('history.created', { who, reference: entry.to ?? '' });
          else if (entry.field === 'note') what = t('history.note', { who });
          else
            what = t('history.changed', {
              who,
              field: t(`history.fields.${entry.field}`, { defaultValue: entry.field }),
              from: historyValue(entry.field, entry.from, valueNames),
              to: historyValue(entry.field, entry.to, valueNames),
            });
          return (
            <Timeline.Item key={entry.id}>
              <Text size="sm">{what}</Text>
              <Text size="xs" c="dimmed" mt={4}>
                {format.date(entry.createdAt, 'dateTime')}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
      {history.hasNextPage && (
        <Center>
          <Button variant="default" size="xs" loading={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
            {t('list.more')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
