import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldErrorsOf } from '../field-errors';
import { useCreateApiKey } from './queries';

/**
 * Names a new key, then shows it once with a copy button: Sportello keeps
 * only its hash, so closing the dialog is the last chance to copy it.
 */
export function NewApiKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('settings');
  const [name, setName] = useState('');
  const create = useCreateApiKey();
  const created = create.data;

  const close = () => {
    create.reset();
    setName('');
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(name.trim());
  };

  return (
    <Modal opened={opened} onClose={close} title={t(created ? 'apiKeys.created.title' : 'apiKeys.new.title')} closeOnClickOutside={!created}>
      {created ? (
        <Stack>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('apiKeys.created.warningTitle')}>
            {t('apiKeys.created.warning')}
          </Alert>
          <Text size="sm" fw={500}>
            {created.name}
          </Text>
          <Code block aria-label={t('apiKeys.created.key')} style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {created.key}
          </Code>
          <Group justify="space-between">
            <CopyButton value={created.key}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : 'blue'} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
                  {t(copied ? 'actions.copied' : 'apiKeys.created.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>{t('apiKeys.created.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label={t('apiKeys.fields.name')}
              description={t('apiKeys.new.nameHint')}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldErrorsOf(create.error).name}
              data-autofocus
            />
            {create.error && <ErrorAlert error={create.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('apiKeys.new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
