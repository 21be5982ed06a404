import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../../ui';
import { useAutomations, useContactRuns, useStopAutomations } from '../queries';
import { PanelSection } from './PanelSection';

const LIVE = new Set(['running', 'waiting']);

/** The automations the contact is in now, and the chat's "stop automations". */
export function ContactAutomations({ contactId }: { contactId: string }) {
  const { t } = useTranslation('inbox');
  const runs = useContactRuns(contactId);
  const automations = useAutomations();
  const stop = useStopAutomations(contactId);
  const live = (runs.data?.data ?? []).filter((run) => LIVE.has(run.status));
  const nameOf = (id: string) => automations.data?.data.find((a) => a.id === id)?.name ?? t('panel.automation');

  return (
    <PanelSection
      title={t('panel.automations')}
      action={
        live.length > 0 ? (
          <Button
            size="compact-xs"
            color="red"
            variant="light"
            leftSection={<IconPlayerStop size={12} />}
            loading={stop.isPending}
            onClick={() =>
              stop.mutate(undefined, {
                onSuccess: (answer) => {
                  void runs.refetch();
                  notifications.show({ color: 'teal', message: t('panel.stopped', { count: (answer as { stopped: number }).stopped }) });
                },
              })
            }
          >
            {t('panel.stop')}
          </Button>
        ) : undefined
      }
    >
      {runs.isPending ? (
        <Loading h={40} />
      ) : runs.isError ? (
        <ErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />
      ) : live.length === 0 ? (
        <Text size="sm" c="dimmed">{t('panel.noAutomations')}</Text>
      ) : (
        <Stack gap={4}>
          {live.map((run) => (
            <Group key={run.id} gap="xs" justify="space-between" wrap="nowrap">
              <Text size="sm" truncate>{nameOf(run.automationId)}</Text>
              <Badge size="xs" variant="light" color={run.status === 'waiting' ? 'yellow' : 'teal'} tt="none">
                {t(`panel.run.${run.status}`)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
      {stop.error && <ErrorAlert error={stop.error} withCloseButton onClose={stop.reset} />}
    </PanelSection>
  );
}
