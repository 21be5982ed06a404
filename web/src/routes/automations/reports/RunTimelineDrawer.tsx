import { Button, Drawer, Group, Stack, Text, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useRun, useTerminateRun } from '../api';
import { ContactName } from './RunsPanel';
import { RunStatusBadge } from './RunStatusBadge';

/** One run: its contact, its status and each step it went through, when and how; a run under way can be ended. */
export function RunTimelineDrawer({ runId, onClose, stepLabel }: { runId: string | null; onClose: () => void; stepLabel: (stepId: string) => string }) {
  const { t } = useTranslation('automations');
  const format = useFormat();
  const run = useRun(runId);
  const terminate = useTerminateRun();
  const live = run.data && (run.data.status === 'running' || run.data.status === 'waiting');

  return (
    <Drawer opened={runId !== null} onClose={onClose} position="right" size="md" title={t('runs.timelineTitle')}>
      {run.isPending && <Loading h={240} />}
      {run.isError && <ErrorAlert error={run.error} onRetry={() => void run.refetch()} />}
      {run.isSuccess && (
        <Stack>
          <Group justify="space-between">
            <ContactName contactId={run.data.contactId} />
            <RunStatusBadge status={run.data.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('runs.startedAt', { date: format.date(run.data.startedAt, 'dateTime') })} · {t('list.version', { version: run.data.version })}
          </Text>
          {run.data.reason && <Text size="sm">{run.data.reason}</Text>}
          {live && (
            <div>
              <Button
                color="red"
                variant="light"
                leftSection={<IconPlayerStop size={16} />}
                loading={terminate.isPending}
                onClick={() =>
                  terminate.mutate(run.data.id, {
                    onSuccess: () => notifications.show({ color: 'green', message: t('runs.terminated') }),
                  })
                }
              >
                {t('runs.terminate')}
              </Button>
            </div>
          )}
          {terminate.isError && <ErrorAlert error={terminate.error} />}
          <Timeline active={run.data.timeline.length - 1} bulletSize={18} lineWidth={2}>
            {run.data.timeline.map((entry) => (
              <Timeline.Item key={entry.seq} title={stepLabel(entry.stepId)}>
                <Group gap="xs">
                  <RunStatusBadge status={entry.status} />
                  {entry.outcome && (
                    <Text size="xs" c="dimmed">
                      {t('runs.outcome', { outcome: outcomeName(entry.outcome, t) })}
                    </Text>
                  )}
                </Group>
                <Text size="xs" c="dimmed" mt={2}>
                  {format.date(entry.enteredAt, 'dateTime')}
                  {entry.finishedAt && ` → ${format.date(entry.finishedAt, 'dateTime')}`}
                </Text>
                {entry.reason && <Text size="xs">{entry.reason}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </Drawer>
  );
}

/** `replied`, `no_response`, `then`, `button:yes`… as people say them. */
function outcomeName(outcome: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const [kind, rest] = outcome.split(/:(.*)/s);
  if ((kind === 'button' || kind === 'row') && rest) return t(`outcomes.${kind}`, { id: rest });
  return t(`outcomes.${outcome}`, { defaultValue: outcome });
}
