import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import { IconBan, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui';
import { useBlockContact } from '../queries';
import type { Contact } from '../types';

/** Block the contact (nothing goes to them any more) after a confirmation, or restore them. */
export function BlockAction({ contact }: { contact: Contact }) {
  const { t } = useTranslation('inbox');
  const change = useBlockContact(contact.id);
  const [confirming, setConfirming] = useState(false);

  if (contact.blocked) {
    return (
      <Stack gap="xs">
        <Button variant="light" leftSection={<IconRestore size={16} />} loading={change.isPending} onClick={() => change.mutate(false)}>
          {t('panel.restore')}
        </Button>
        {change.error && <ErrorAlert error={change.error} />}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Popover opened={confirming} onChange={setConfirming} position="top" withArrow width={260} trapFocus>
        <Popover.Target>
          <Button variant="subtle" color="red" leftSection={<IconBan size={16} />} onClick={() => setConfirming((open) => !open)}>
            {t('panel.block')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Text size="sm" mb="sm">{t('panel.blockConfirm')}</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
              {t('interactive.cancel')}
            </Button>
            <Button size="xs" color="red" loading={change.isPending} onClick={() => change.mutate(true, { onSuccess: () => setConfirming(false) })}>
              {t('panel.blockYes')}
            </Button>
          </Group>
        </Popover.Dropdown>
      </Popover>
      {change.error && <ErrorAlert error={change.error} />}
    </Stack>
  );
}
