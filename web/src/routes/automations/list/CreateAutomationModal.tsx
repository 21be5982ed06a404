import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCreateAutomation } from '../api';
import { starterDefinition } from '../model/catalog';

/** Names a new automation and opens it in the builder; it starts as a draft with one message to write. */
export function CreateAutomationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('automations');
  const navigate = useNavigate();
  const create = useCreateAutomation();
  const [name, setName] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, definition: starterDefinition(t('list.starterMessage')) },
      { onSuccess: (created) => navigate(`/automations/${created.id}`) },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('list.createTitle')}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput label={t('list.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
          {create.isError && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={name.trim() === ''}>
              {t('list.createAndOpen')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
