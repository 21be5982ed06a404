import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call } from '../../../api/client';
import { isApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui';
import { fieldErrorsOf } from '../field-errors';

/** A new contact from its number (name and e-mail optional); it opens on its own page. */
export function NewContactModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('contacts');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const create = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/contacts', { body: { phone: phone.trim(), ...(name.trim() ? { name: name.trim() } : {}), ...(email.trim() ? { email: email.trim() } : {}) } })),
    onSuccess: async (contact) => {
      await queryClient.invalidateQueries({ queryKey: ['contacts'] });
      queryClient.setQueryData(['contacts', contact.id], contact);
      onClose();
      void navigate(`/contacts/${contact.id}`);
    },
  });
  const errors = fieldErrorsOf(create.error);
  const unplaced = create.error && !(isApiError(create.error) && Object.keys(errors).some((f) => ['phone', 'name', 'email'].includes(f)));

  return (
    <Modal opened={opened} onClose={onClose} title={t('new.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('attributes.phone')}
            description={t('new.phoneHint')}
            placeholder="+39 333 123 4567"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            error={errors.phone}
            required
            data-autofocus
          />
          <TextInput label={t('attributes.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
          <TextInput label={t('attributes.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} />
          {unplaced && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={phone.trim() === ''}>
              {t('new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
