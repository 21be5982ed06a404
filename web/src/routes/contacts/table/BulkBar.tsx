import { Autocomplete, Button, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconListCheck, IconTag, IconTagOff, IconTrash, IconPlaylistX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { ErrorAlert } from '../../../ui';
import { useLists, useTags } from '../data';

type BulkAction = 'tag' | 'untag' | 'add_to_list' | 'remove_from_list' | 'delete';
type BulkBody = BodyOf<'/api/v1/contacts/bulk', 'post'>;

export interface BulkBarProps {
  contactIds: string[];
  /** Called once an action went through, to clear the selection. */
  onDone: () => void;
}

/** What can be done to the selected contacts at once, through POST /contacts/bulk. */
export function BulkBar({ contactIds, onDone }: BulkBarProps) {
  const { t } = useTranslation('contacts');
  const [action, setAction] = useState<BulkAction | null>(null);
  const buttons: Array<{ action: BulkAction; icon: React.ReactNode; color?: string }> = [
    { action: 'tag', icon: <IconTag size={16} /> },
    { action: 'untag', icon: <IconTagOff size={16} /> },
    { action: 'add_to_list', icon: <IconListCheck size={16} /> },
    { action: 'remove_from_list', icon: <IconPlaylistX size={16} /> },
    { action: 'delete', icon: <IconTrash size={16} />, color: 'red' },
  ];
  return (
    <Paper withBorder p="xs" mb="sm" bg="var(--mantine-color-blue-light)">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={500} mr="sm">
          {t('bulk.selected', { count: contactIds.length })}
        </Text>
        {buttons.map((b) => (
          <Button key={b.action} size="xs" variant="default" c={b.color} leftSection={b.icon} onClick={() => setAction(b.action)}>
            {t(`bulk.actions.${b.action}`)}
          </Button>
        ))}
      </Group>
      {action && (
        <BulkModal
          action={action}
          contactIds={contactIds}
          onClose={() => setAction(null)}
          onDone={() => {
            setAction(null);
            onDone();
          }}
        />
      )}
    </Paper>
  );
}

function BulkModal({ action, contactIds, onClose, onDone }: { action: BulkAction; contactIds: string[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('contacts');
  const queryClient = useQueryClient();
  const tags = useTags();
  const lists = useLists();
  const [tag, setTag] = useState('');
  const [list, setList] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (body: BulkBody) => call(api.POST('/api/v1/contacts/bulk', { body })),
    onSuccess: async (counts) => {
      notifications.show({ color: 'green', message: t('bulk.done', { count: counts.changed, matched: counts.matched }) });
      await Promise.all(['contacts', 'tags', 'lists'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
      onDone();
    },
  });
  const needsTag = action === 'tag' || action === 'untag';
  const needsList = action === 'add_to_list' || action === 'remove_from_list';
  const ready = (!needsTag || tag.trim() !== '') && (!needsList || list !== null);
  const submit = () => {
    if (!ready) return;
    run.mutate({ action, contactIds, ...(needsTag ? { tag: tag.trim() } : {}), ...(needsList && list ? { list } : {}) });
  };

  return (
    <Modal opened onClose={onClose} title={t(`bulk.titles.${action}`, { count: contactIds.length })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          {needsTag && (
            <Autocomplete
              label={t('bulk.tag')}
              description={action === 'tag' ? t('bulk.tagHint') : undefined}
              data={tags.data?.data.map((x) => x.name) ?? []}
              value={tag}
              onChange={setTag}
              data-autofocus
            />
          )}
          {needsList && (
            <Select
              label={t('bulk.list')}
              data={lists.data?.data.map((x) => ({ value: x.id, label: x.name })) ?? []}
              value={list}
              onChange={setList}
              searchable
              nothingFoundMessage={t('bulk.noLists')}
            />
          )}
          {action === 'delete' && <Text>{t('bulk.deleteWarning', { count: contactIds.length })}</Text>}
          {run.error && <ErrorAlert error={run.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" color={action === 'delete' ? 'red' : undefined} disabled={!ready} loading={run.isPending}>
              {t(`bulk.confirm.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
