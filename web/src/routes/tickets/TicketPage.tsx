import { Anchor, Button, Card, Grid, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconArrowLeft, IconMessage, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import { useFormat } from '../../format/use-format';
import { EmptyState, ErrorAlert, Loading, PageHeader } from '../../ui';
import { TicketActivity } from './TicketActivity';
import { PriorityBadge, StatusBadge } from './TicketBadges';
import { CategoryInput, OwnerSelect, PrioritySelect, StatusSelect } from './TicketFieldInputs';
import { contactLabel } from './labels';
import { useContact } from './queries';
import { draftOf, patchFor, type TicketDraft, type TicketPatch } from './ticket-draft';
import type { Ticket } from './types';

/** /tickets/:id: the ticket's fields (edited and saved together), its contact and chat, notes and history. */
export function TicketPage() {
  const { t } = useTranslation('tickets');
  const { id = '' } = useParams();
  const ticket = useQuery<Ticket, ApiError>({ queryKey: ['tickets', id], queryFn: () => call(api.GET('/api/v1/tickets/{id}', { params: { path: { id } } })) });

  const back = (
    <Anchor component={Link} to="/tickets" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={14} /> {t('actions.backToList')}
    </Anchor>
  );
  if (ticket.isPending) return <Loading h={480} />;
  if (ticket.isError) {
    return (
      <>
        {back}
        {ticket.error.status === 404 ? (
          <EmptyState title={t('ticket.notFoundTitle')} text={t('ticket.notFoundText')} />
        ) : (
          <ErrorAlert error={ticket.error} onRetry={() => void ticket.refetch()} />
        )}
      </>
    );
  }
  return (
    <>
      {back}
      <TicketView ticket={ticket.data} />
    </>
  );
}

function TicketView({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const contact = useContact(ticket.contactId);
  // Only what the user touched; the rest shows the ticket as the server has it now (live updates included).
  const [edits, setEdits] = useState<Partial<TicketDraft>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const draft = { ...draftOf(ticket), ...edits };
  const patch = patchFor(ticket, edits);
  const dirty = Object.keys(patch).length > 0;
  const edit = <K extends keyof TicketDraft>(key: K, value: TicketDraft[K]) => setEdits((current) => ({ ...current, [key]: value }));

  const save = useMutation<Ticket, ApiError, TicketPatch>({
    mutationFn: (body) => call(api.PATCH('/api/v1/tickets/{id}', { params: { path: { id: ticket.id } }, body })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['tickets', ticket.id], saved);
      setEdits({});
      notifications.show({ color: 'green', message: t('ticket.saved') });
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['tickets'] }), queryClient.invalidateQueries({ queryKey: ['ticket-categories'] })]);
    },
  });
  const remove = useMutation<unknown, ApiError>({
    mutationFn: () => call(api.DELETE('/api/v1/tickets/{id}', { params: { path: { id: ticket.id } } })),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('ticket.deleted', { reference: ticket.reference }) });
      queryClient.removeQueries({ queryKey: ['tickets', ticket.id] });
      await queryClient.invalidateQueries({ queryKey: ['tickets'] });
      await navigate('/tickets', { replace: true });
    },
  });

  return (
    <>
      <PageHeader
        title={ticket.title}
        description={`${ticket.reference} · ${t('ticket.openedOn', { date: format.date(ticket.createdAt, 'dateTime') })}`}
        actions={
          <>
            <Button component={Link} to={`/inbox/${ticket.contactId}`} variant="light" leftSection={<IconMessage size={16} />}>
              {t('actions.openChat')}
            </Button>
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirmDelete(true)}>
              {t('actions.delete')}
            </Button>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg" component="section" aria-label={t('ticket.details')}>
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  if (dirty) save.mutate(patch);
                }}
              >
                <Stack>
                  <TextInput label={t('fields.title')} required value={draft.title} maxLength={500} onChange={(e) => edit('title', e.currentTarget.value)} error={!draft.title.trim() ? t('form.titleRequired') : undefined} />
                  <Textarea label={t('fields.description')} value={draft.description} onChange={(e) => edit('description', e.currentTarget.value)} autosize minRows={3} maxRows={14} maxLength={20_000} />
                  <Group grow align="flex-start" wrap="wrap">
                    <StatusSelect value={draft.status} onChange={(v) => edit('status', v)} />
                    <PrioritySelect value={draft.priority} onChange={(v) => edit('priority', v)} />
                  </Group>
                  <Group grow align="flex-start" wrap="wrap">
                    <CategoryInput value={draft.category} onChange={(v) => edit('category', v)} />
                    <OwnerSelect value={draft.ownerId} onChange={(v) => edit('ownerId', v)} />
                  </Group>
                  {save.error && <ErrorAlert error={save.error} />}
                  <Group justify="flex-end">
                    <Button variant="default" disabled={!dirty || save.isPending} onClick={() => setEdits({})}>
                      {t('actions.discard')}
                    </Button>
                    <Button type="submit" disabled={!dirty || !draft.title.trim()} loading={save.isPending}>
                      {t('actions.save')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            </Card>
            <TicketActivity ticketId={ticket.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder padding="lg" component="section" aria-label={t('ticket.summary')}>
            <Stack gap="sm">
              <Group gap="xs">
                <StatusBadge status={ticket.status} macroStatus={ticket.macroStatus} />
                <PriorityBadge priority={ticket.priority} />
              </Group>
              <Field label={t('fields.contact')}>
                {contact.isPending ? (
                  <Text size="sm" c="dimmed">{t('common:states.loading')}</Text>
                ) : contact.isError ? (
                  <Text size="sm" c="red">{contact.error.message}</Text>
                ) : (
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/contacts/${ticket.contactId}`} size="sm">
                      {contactLabel(contact.data)}
                    </Anchor>
                    <Anchor component={Link} to={`/inbox/${ticket.contactId}`} size="sm">
                      {t('actions.openChat')}
                    </Anchor>
                  </Stack>
                )}
              </Field>
              <Field label={t('fields.createdAt')}>{format.date(ticket.createdAt, 'dateTime')}</Field>
              <Field label={t('fields.updatedAt')}>{format.date(ticket.updatedAt, 'dateTime')}</Field>
              {ticket.closedAt && <Field label={t('fields.closedAt')}>{format.date(ticket.closedAt, 'dateTime')}</Field>}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title={t('ticket.deleteTitle', { reference: ticket.reference })}>
        <Stack>
          <Text size="sm">{t('ticket.deleteText')}</Text>
          {remove.error && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              {t('actions.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('actions.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
