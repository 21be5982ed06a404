import { Anchor, Button, Card, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import type { BodyOf } from '../../api/types';
import { ErrorAlert, PageHeader } from '../../ui';
import { ContactSelect } from './ContactSelect';
import { CategoryInput, OwnerSelect, PrioritySelect, StatusSelect } from './TicketFieldInputs';
import type { Priority, Ticket } from './types';

type TicketCreate = BodyOf<'/api/v1/tickets', 'post'>;

/** What the form holds, turned into the body of POST /api/v1/tickets (empty optional fields left to the server). */
export function createBody(form: { contactId: string; title: string; description: string; priority: Priority; status: string | null; category: string; ownerId: string | null }): TicketCreate {
  const body: TicketCreate = { contactId: form.contactId, title: form.title.trim(), priority: form.priority };
  if (form.description.trim()) body.description = form.description;
  if (form.status) body.status = form.status;
  if (form.category.trim()) body.category = form.category.trim();
  if (form.ownerId) body.ownerId = form.ownerId;
  return body;
}

/** /tickets/new (?contactId=… preselects the contact, as the inbox links from a chat). */
export function NewTicketPage() {
  const { t } = useTranslation('tickets');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const fromChat = searchParams.get('contactId');
  const [contactId, setContactId] = useState<string | null>(fromChat);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<Priority>('medium');
  const [status, setStatus] = useState<string | null>(null);
  const [category, setCategory] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ contact?: boolean; title?: boolean }>({});

  const create = useMutation<Ticket, ApiError, TicketCreate>({
    mutationFn: (body) => call(api.POST('/api/v1/tickets', { body })),
    onSuccess: async (ticket) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['tickets'] }), queryClient.invalidateQueries({ queryKey: ['ticket-categories'] })]);
      notifications.show({ color: 'green', message: t('form.created', { reference: ticket.reference }) });
      await navigate(`/tickets/${ticket.id}`);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = { contact: !contactId, title: !title.trim() };
    setMissing(problems);
    if (problems.contact || problems.title || !contactId) return;
    create.mutate(createBody({ contactId, title, description, priority, status, category, ownerId }));
  };

  const back = fromChat ? `/inbox/${fromChat}` : '/tickets';
  return (
    <>
      <Anchor component={Link} to={back} size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} /> {fromChat ? t('actions.backToChat') : t('actions.backToList')}
      </Anchor>
      <PageHeader title={t('form.newTitle')} description={t('form.newDescription')} />
      <Card withBorder maw={720} padding="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            <ContactSelect value={contactId} onChange={setContactId} error={missing.contact ? t('form.contactRequired') : undefined} />
            <TextInput label={t('fields.title')} required value={title} maxLength={500} onChange={(e) => setTitle(e.currentTarget.value)} error={missing.title ? t('form.titleRequired') : undefined} />
            <Textarea label={t('fields.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={3} maxRows={12} maxLength={20_000} />
            <Group grow align="flex-start" wrap="wrap">
              <StatusSelect value={status} onChange={setStatus} />
              <PrioritySelect value={priority} onChange={setPriority} />
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              <CategoryInput value={category} onChange={setCategory} />
              <OwnerSelect value={ownerId} onChange={setOwnerId} />
            </Group>
            {create.error && <ErrorAlert error={create.error} />}
            <Group justify="flex-end">
              <Button component={Link} to={back} variant="default">
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('actions.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
}
