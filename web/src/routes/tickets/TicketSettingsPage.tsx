import { ActionIcon, Anchor, Badge, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconArrowLeft, IconCheck, IconPencil, IconTrash, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import { RequirePermission } from '../../auth/RequirePermission';
import { useFormat } from '../../format/use-format';
import { EmptyState, ErrorAlert, Loading, PageHeader } from '../../ui';
import { useTicketLabels } from './labels';
import { categoriesKey, statusesKey, useTicketCategories, useTicketStatuses } from './queries';
import { MACRO_STATUS_COLORS, MACRO_STATUSES, type MacroStatus, type TicketStatus } from './types';

/** /tickets/settings (admin): the account's statuses with their macro-status, and categories. */
export function TicketSettingsPage() {
  const { t } = useTranslation('tickets');
  return (
    <RequirePermission permission="tickets.manage">
      <Anchor component={Link} to="/tickets" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} /> {t('actions.backToList')}
      </Anchor>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <StatusesCard />
        <CategoriesCard />
      </SimpleGrid>
    </RequirePermission>
  );
}

function useInvalidateTicketSetup() {
  const queryClient = useQueryClient();
  // Tickets show status names and macro-statuses: they change with the statuses.
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: statusesKey }), queryClient.invalidateQueries({ queryKey: ['tickets'] })]);
}

function MacroSelect({ value, onChange, label }: { value: MacroStatus; onChange: (macro: MacroStatus) => void; label: string }) {
  const labels = useTicketLabels();
  return (
    <Select
      aria-label={label}
      data={MACRO_STATUSES.map((m) => ({ value: m, label: labels.macroStatus(m) }))}
      value={value}
      onChange={(next) => next && onChange(next as MacroStatus)}
      allowDeselect={false}
      w={170}
    />
  );
}

function StatusesCard() {
  const { t } = useTranslation('tickets');
  const statuses = useTicketStatuses();
  const invalidate = useInvalidateTicketSetup();
  const [name, setName] = useState('');
  const [macro, setMacro] = useState<MacroStatus>('in_progress');
  const create = useMutation<TicketStatus, ApiError, { name: string; macroStatus: MacroStatus }>({
    mutationFn: (body) => call(api.POST('/api/v1/ticket-statuses', { body })),
    onSuccess: async () => {
      setName('');
      await invalidate();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate({ name: name.trim(), macroStatus: macro });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-label={t('settings.statuses')}>
      <Title order={2} size="h4">
        {t('settings.statuses')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.statusesHint')}
      </Text>
      {statuses.isPending ? (
        <Loading h={220} />
      ) : statuses.isError ? (
        <ErrorAlert error={statuses.error} onRetry={() => void statuses.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={400}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.statusName')}</Table.Th>
                <Table.Th>{t('settings.macroStatus')}</Table.Th>
                <Table.Th w={90} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statuses.data.map((status) => (
                <StatusRow key={status.id} status={status} others={statuses.data.filter((s) => s.id !== status.id)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form onSubmit={submit}>
        <Group mt="md" align="flex-end" gap="sm">
          <TextInput label={t('settings.newStatus')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={100} style={{ flex: 1 }} miw={160} />
          <MacroSelect value={macro} onChange={setMacro} label={t('settings.newStatusMacro')} />
          <Button type="submit" disabled={!name.trim()} loading={create.isPending}>
            {t('settings.addStatus')}
          </Button>
        </Group>
      </form>
      {create.error && <ErrorAlert error={create.error} mt="sm" />}
    </Card>
  );
}

function StatusRow({ status, others }: { status: TicketStatus; others: TicketStatus[] }) {
  const { t } = useTranslation('tickets');
  const labels = useTicketLabels();
  const invalidate = useInvalidateTicketSetup();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(status.name);
  const [deleting, setDeleting] = useState(false);
  const update = useMutation<TicketStatus, ApiError, { name?: string; macroStatus?: MacroStatus }>({
    mutationFn: (body) => call(api.PATCH('/api/v1/ticket-statuses/{id}', { params: { path: { id: status.id } }, body })),
    onSuccess: async () => {
      setEditing(false);
      await invalidate();
    },
  });

  return (
    <>
      <Table.Tr>
        <Table.Td>
          {editing ? (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (name.trim() && name.trim() !== status.name) update.mutate({ name: name.trim() });
                else setEditing(false);
              }}
            >
              <Group gap={4} wrap="nowrap">
                <TextInput size="xs" aria-label={t('settings.statusName')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={100} autoFocus />
                <ActionIcon type="submit" variant="light" aria-label={t('actions.save')} loading={update.isPending}>
                  <IconCheck size={16} />
                </ActionIcon>
                <ActionIcon variant="subtle" color="gray" aria-label={t('actions.cancel')} onClick={() => (setEditing(false), setName(status.name))}>
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            </form>
          ) : (
            <Badge color={MACRO_STATUS_COLORS[status.macroStatus]} variant="light" size="lg" tt="none">
              {status.name}
            </Badge>
          )}
          {update.error && (
            <Text size="xs" c="red" mt={4} role="alert">
              {update.error.message}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <MacroSelect value={status.macroStatus} onChange={(macroStatus) => update.mutate({ macroStatus })} label={t('settings.macroOf', { name: status.name, current: labels.macroStatus(status.macroStatus) })} />
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <ActionIcon variant="subtle" aria-label={t('settings.rename', { name: status.name })} onClick={() => setEditing(true)}>
              <IconPencil size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={t('settings.deleteStatus', { name: status.name })} onClick={() => setDeleting(true)}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Table.Td>
      </Table.Tr>
      {deleting && <DeleteStatusModal status={status} others={others} onClose={() => setDeleting(false)} />}
    </>
  );
}

/** Deleting a status in use asks where its tickets go (the API's 409 status_in_use names how many). */
function DeleteStatusModal({ status, others, onClose }: { status: TicketStatus; others: TicketStatus[]; onClose: () => void }) {
  const { t } = useTranslation('tickets');
  const invalidate = useInvalidateTicketSetup();
  const [moveTo, setMoveTo] = useState<string | null>(null);
  const remove = useMutation<{ moved: number }, ApiError, string | null>({
    mutationFn: (target) => call(api.DELETE('/api/v1/ticket-statuses/{id}', { params: { path: { id: status.id }, query: target ? { moveTo: target } : {} } })),
    onSuccess: async ({ moved }) => {
      notifications.show({ color: 'green', message: t('settings.statusDeleted', { name: status.name, count: moved }) });
      onClose();
      await invalidate();
    },
  });
  const inUse = remove.error?.code === 'status_in_use';

  return (
    <Modal opened onClose={onClose} title={t('settings.deleteStatusTitle', { name: status.name })}>
      <Stack>
        <Text size="sm">{t('settings.deleteStatusText')}</Text>
        {(inUse || moveTo) && (
          <Select
            label={t('settings.moveTo')}
            description={t('settings.moveToHint')}
            data={others.map((s) => s.name)}
            value={moveTo}
            onChange={setMoveTo}
            comboboxProps={{ withinPortal: false }}
          />
        )}
        {remove.error && <ErrorAlert error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} disabled={inUse && !moveTo} onClick={() => remove.mutate(moveTo)}>
            {t('actions.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CategoriesCard() {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const categories = useTicketCategories();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation<unknown, ApiError, string>({
    mutationFn: (category) => call(api.POST('/api/v1/ticket-categories', { body: { name: category } })),
    onSuccess: async () => {
      setName('');
      await queryClient.invalidateQueries({ queryKey: categoriesKey });
    },
  });

  return (
    <Card withBorder padding="lg" component="section" aria-label={t('settings.categories')}>
      <Title order={2} size="h4">
        {t('settings.categories')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.categoriesHint')}
      </Text>
      {categories.isPending ? (
        <Loading h={160} />
      ) : categories.isError ? (
        <ErrorAlert error={categories.error} onRetry={() => void categories.refetch()} />
      ) : categories.data.length === 0 ? (
        <EmptyState title={t('settings.noCategoriesTitle')} text={t('settings.noCategoriesText')} />
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.categoryName')}</Table.Th>
              <Table.Th>{t('fields.createdAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {categories.data.map((category) => (
              <Table.Tr key={category.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/tickets?category=${encodeURIComponent(category.name)}`} size="sm">
                    {category.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {format.date(category.createdAt, 'date')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) create.mutate(name.trim());
        }}
      >
        <Group mt="md" align="flex-end" gap="sm">
          <TextInput label={t('settings.newCategory')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={100} style={{ flex: 1 }} />
          <Button type="submit" disabled={!name.trim()} loading={create.isPending}>
            {t('settings.addCategory')}
          </Button>
        </Group>
      </form>
      {create.error && <ErrorAlert error={create.error} mt="sm" />}
    </Card>
  );
}
