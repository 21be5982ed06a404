import { Anchor, Breadcrumbs, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconMessageCircle, IconTicket, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call } from '../../../api/client';
import { ErrorAlert, Loading, PageHeader } from '../../../ui';
import { useFields } from '../data';
import { ContactForm } from './ContactForm';

/** /contacts/:id: a contact's data, editable, with links to its chat and a new ticket. */
export function ContactPage() {
  const { t } = useTranslation('contacts');
  const { id = '' } = useParams();
  const contact = useQuery({ queryKey: ['contacts', id], queryFn: () => call(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } })) });
  const fields = useFields();
  const [deleting, setDeleting] = useState(false);

  const title = contact.data ? contact.data.name || contact.data.phone : t('contact.title');
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/contacts" size="sm">
          {t('title')}
        </Anchor>
        <Text size="sm">{title}</Text>
      </Breadcrumbs>
      <PageHeader
        title={title}
        description={contact.data?.name ? contact.data.phone : undefined}
        actions={
          contact.data && (
            <>
              <Button component={Link} to={`/inbox/${id}`} leftSection={<IconMessageCircle size={16} />}>
                {t('contact.openChat')}
              </Button>
              <Button component={Link} to={`/tickets/new?contactId=${id}`} variant="default" leftSection={<IconTicket size={16} />}>
                {t('contact.newTicket')}
              </Button>
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                {t('contact.delete')}
              </Button>
            </>
          )
        }
      />
      {contact.isPending || fields.isPending ? (
        <Loading h={500} />
      ) : contact.error || fields.error ? (
        <ErrorAlert
          error={contact.error ?? fields.error}
          onRetry={() => {
            void contact.refetch();
            void fields.refetch();
          }}
        />
      ) : (
        <ContactForm key={contact.data.id} contact={contact.data} definitions={fields.data.data} />
      )}
      {deleting && <DeleteContactModal id={id} name={title} onClose={() => setDeleting(false)} />}
    </>
  );
}

function DeleteContactModal({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const { t } = useTranslation('contacts');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/contacts/{id}', { params: { path: { id }, query: { permanent: 'false' } } })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['contacts', id] });
      await queryClient.invalidateQueries({ queryKey: ['contacts'] });
      void navigate('/contacts');
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('contact.deleteTitle', { name })}>
      <Stack>
        <Text>{t('contact.deleteText')}</Text>
        {remove.error && <ErrorAlert error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            {t('contact.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
