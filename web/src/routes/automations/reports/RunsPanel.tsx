import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconTimeline } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../../api/client';
import { useFormat } from '../../../format/use-format';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useRuns } from '../api';
import type { Run } from '../model/types';
import { RunStatusBadge } from './RunStatusBadge';
import { RunTimelineDrawer } from './RunTimelineDrawer';

type StatusFilter = 'all' | Run['status'];
const FILTERS: StatusFilter[] = ['all', 'waiting', 'running', 'completed', 'terminated', 'failed'];

/** The runs of an automation, newest first, each opening its timeline. */
export function RunsPanel({ automationId, stepLabel }: { automationId: string; stepLabel: (stepId: string) => string }) {
  const { t } = useTranslation('automations');
  const format = useFormat();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [cursors, setCursors] = useState<string[]>([]);
  const [openRun, setOpenRun] = useState<string | null>(null);
  const cursor = cursors[cursors.length - 1];
  const runs = useRuns(automationId, { status: status === 'all' ? undefined : status, cursor });

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Text fw={600}>{t('runs.title')}</Text>
        <SegmentedControl
          size="xs"
          aria-label={t('runs.filter')}
          data={FILTERS.map((f) => ({ value: f, label: f === 'all' ? t('runs.all') : t(`runStatus.${f}`) }))}
          value={status}
          onChange={(value) => {
            setStatus(value as StatusFilter);
            setCursors([]);
          }}
        />
      </Group>
      {runs.isPending && <Loading h={160} />}
      {runs.isError && <ErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />}
      {runs.isSuccess && runs.data.data.length === 0 && <EmptyState icon={<IconTimeline size={26} />} title={t('runs.emptyTitle')} text={t('runs.emptyText')} />}
      {runs.isSuccess && runs.data.data.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('runs.contact')}</Table.Th>
                  <Table.Th w={140}>{t('runs.status')}</Table.Th>
                  <Table.Th>{t('runs.currentStep')}</Table.Th>
                  <Table.Th>{t('runs.started')}</Table.Th>
                  <Table.Th>{t('runs.ended')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {runs.data.data.map((run) => (
                  <Table.Tr key={run.id}>
                    <Table.Td>
                      <ContactName contactId={run.contactId} />
                    </Table.Td>
                    <Table.Td>
                      <RunStatusBadge status={run.status} />
                    </Table.Td>
                    <Table.Td>{run.currentStep ? stepLabel(run.currentStep) : '—'}</Table.Td>
                    <Table.Td>{format.date(run.startedAt, 'dateTime')}</Table.Td>
                    <Table.Td>{run.endedAt ? format.date(run.endedAt, 'dateTime') : '—'}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setOpenRun(run.id)}>
                        {t('runs.timeline')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="flex-end" mt="sm" gap="xs">
            {cursors.length > 0 && (
              <Button size="xs" variant="default" onClick={() => setCursors((c) => c.slice(0, -1))}>
                {t('runs.newer')}
              </Button>
            )}
            {runs.data.nextCursor && (
              <Button size="xs" variant="default" onClick={() => setCursors((c) => [...c, runs.data.nextCursor!])}>
                {t('runs.older')}
              </Button>
            )}
          </Group>
        </>
      )}
      <RunTimelineDrawer runId={openRun} onClose={() => setOpenRun(null)} stepLabel={stepLabel} />
    </Paper>
  );
}

/** A run's contact by name (or phone), linking to their chat. */
export function ContactName({ contactId }: { contactId: string }) {
  const contact = useQuery({
    queryKey: ['contacts', contactId],
    queryFn: () => call(api.GET('/api/v1/contacts/{id}', { params: { path: { id: contactId } } })),
    staleTime: 60_000,
  });
  const name = contact.data ? contact.data.name || contact.data.phone : contactId.slice(0, 8);
  return (
    <Anchor component={Link} to={`/inbox/${contactId}`} size="sm">
      {name}
      {contact.data?.name && (
        <Badge ml={6} size="xs" variant="outline" color="gray">
          {contact.data.phone}
        </Badge>
      )}
    </Anchor>
  );
}
