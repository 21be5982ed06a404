import { Button, Group, Paper } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui';

/** The "new tag / list / field" row above a catalog table. */
export function CreateForm({ children, onSubmit, pending, disabled, error }: { children: ReactNode; onSubmit: () => void; pending: boolean; disabled: boolean; error?: unknown }) {
  const { t } = useTranslation('contacts');
  return (
    <Paper withBorder p="md" mb="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Group align="flex-start" gap="sm" wrap="wrap">
          {children}
          <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={pending} disabled={disabled}>
            {t('actions.create')}
          </Button>
        </Group>
      </form>
      {error ? <ErrorAlert error={error} mt="sm" /> : null}
    </Paper>
  );
}
