import { ActionIcon, Anchor, Button, Group, Menu, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDots, IconPlayerPause, IconPlayerPlay, IconPlus, IconRobot } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../../auth/session';
import { useFormat } from '../../../format/use-format';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { useAutomations, useDuplicate, useSetActive } from '../api';
import type { AutomationSummary } from '../model/types';
import { CreateAutomationModal } from './CreateAutomationModal';
import { RunCounts } from './RunCounts';
import { StatusBadge } from './StatusBadge';

/** /automations: every automation with its trigger, status and run counts; create, duplicate, switch on and off. */
export function AutomationsPage() {
  const { t } = useTranslation('automations');
  const automations = useAutomations();
  const canManage = useCan('automations.manage');
  const [creating, setCreating] = useState(false);

  const createButton = canManage && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      {t('list.create')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={createButton} />
      <CreateAutomationModal opened={creating} onClose={() => setCreating(false)} />
      {automations.isPending && <Loading h={240} />}
      {automations.isError && <ErrorAlert error={automations.error} onRetry={() => void automations.refetch()} />}
      {automations.isSuccess && automations.data.data.length === 0 && (
        <EmptyState icon={<IconRobot size={26} />} title={t('list.emptyTitle')} text={t('list.emptyText')} action={createButton} />
      )}
      {automations.isSuccess && automations.data.data.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.name')}</Table.Th>
                  <Table.Th>{t('list.trigger')}</Table.Th>
                  <Table.Th>{t('list.status')}</Table.Th>
                  <Table.Th>{t('list.runs')}</Table.Th>
                  <Table.Th>{t('list.updated')}</Table.Th>
                  <Table.Th w={60}>
                    <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {automations.data.data.map((automation) => (
                  <AutomationRow key={automation.id} automation={automation} canManage={canManage} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </>
  );
}

function AutomationRow({ automation, canManage }: { automation: AutomationSummary; canManage: boolean }) {
  const { t } = useTranslation('automations');
  const format = useFormat();
  const navigate = useNavigate();
  const setActive = useSetActive();
  const duplicate = useDuplicate();
  const active = automation.status === 'active';

  const fail = (error: Error) => notifications.show({ color: 'red', title: t('errors.actionFailed'), message: error.message });
  const toggle = () => setActive.mutate({ id: automation.id, active: !active }, { onError: fail });
  const copy = () =>
    duplicate.mutate(automation.id, {
      onError: fail,
      onSuccess: (created) => notifications.show({ color: 'green', message: t('list.duplicated', { name: created.name }) }),
    });

  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/automations/${automation.id}`} fw={500}>
          {automation.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {t('list.version', { version: automation.version })}
        </Text>
      </Table.Td>
      <Table.Td>{t(`triggers.${automation.triggerType}`, { defaultValue: automation.triggerType })}</Table.Td>
      <Table.Td>
        <StatusBadge status={automation.status} />
      </Table.Td>
      <Table.Td>
        <RunCounts automationId={automation.id} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{format.date(automation.updatedAt, 'dateTime')}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          {canManage && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('list.actionsOf', { name: automation.name })} loading={setActive.isPending || duplicate.isPending}>
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => navigate(`/automations/${automation.id}`)}>{t('list.open')}</Menu.Item>
                <Menu.Item leftSection={active ? <IconPlayerPause size={16} /> : <IconPlayerPlay size={16} />} onClick={toggle}>
                  {active ? t('actions.deactivate') : t('actions.activate')}
                </Menu.Item>
                <Menu.Item leftSection={<IconCopy size={16} />} onClick={copy}>
                  {t('actions.duplicate')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
