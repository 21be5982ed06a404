import { Badge, Button, Card, Group, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { useFormat } from '../../../format/use-format';
import { LANGUAGE_NAMES } from '../../../i18n/languages';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { NewUserModal } from './NewUserModal';
import { useUpdateUser, useUsers, type UserChange } from './queries';
import { isRole, ROLES } from './roles';

/** /settings/users: the account's users, their roles and whether they may sign in. */
export function UsersPage() {
  const { t } = useTranslation('settings');
  const users = useUsers();
  const [creating, setCreating] = useState(false);
  const addButton = (
    <Button leftSection={<IconUserPlus size={16} />} onClick={() => setCreating(true)}>
      {t('users.add')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} actions={addButton} />
      {users.isPending ? (
        <Loading h={240} />
      ) : users.error ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.data.length === 0 ? (
        <EmptyState icon={<IconUsers size={26} />} title={t('users.empty.title')} text={t('users.empty.text')} action={addButton} />
      ) : (
        <UsersTable users={users.data.data} />
      )}
      <NewUserModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function UsersTable({ users }: { users: User[] }) {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const { user: me } = useSession();
  const update = useUpdateUser();
  // Which user a pending change is for, so only that row shows it.
  const pendingId = update.isPending ? update.variables.id : null;

  const change = (user: User, patch: UserChange, done: string) =>
    update.mutate(
      { id: user.id, change: patch },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t(done, { name: user.name }) }),
        onError: (error) => notifications.show({ color: 'red', title: t('common:errors.title'), message: error.message }),
      },
    );

  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.fields.name')}</Table.Th>
              <Table.Th>{t('users.fields.role')}</Table.Th>
              <Table.Th>{t('users.fields.language')}</Table.Th>
              <Table.Th>{t('users.fields.state')}</Table.Th>
              <Table.Th>{t('users.fields.createdAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id} opacity={user.disabled ? 0.6 : 1}>
                <Table.Td>
                  <Group gap={6}>
                    <Text fw={500}>{user.name}</Text>
                    {user.id === me.id && (
                      <Badge size="xs" variant="light">
                        {t('users.you')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {user.email}
                  </Text>
                </Table.Td>
                <Table.Td w={200}>
                  <Select
                    aria-label={t('users.roleOf', { name: user.name })}
                    data={ROLES.map((value) => ({ value, label: t(`common:user.roles.${value}`) }))}
                    value={user.role}
                    allowDeselect={false}
                    disabled={pendingId === user.id}
                    onChange={(role) => isRole(role) && role !== user.role && change(user, { role }, 'users.done.roleChanged')}
                  />
                </Table.Td>
                <Table.Td>{LANGUAGE_NAMES[user.language]}</Table.Td>
                <Table.Td>
                  <Badge color={user.disabled ? 'gray' : 'green'} variant="light">
                    {t(user.disabled ? 'users.state.disabled' : 'users.state.active')}
                  </Badge>
                </Table.Td>
                <Table.Td>{format.date(user.createdAt, 'date')}</Table.Td>
                <Table.Td ta="right">
                  {/* Disabling oneself would end one's own session at once; another admin does it. */}
                  {user.id !== me.id && (
                  <Button
                    size="xs"
                    variant="light"
                    color={user.disabled ? 'green' : 'red'}
                    loading={pendingId === user.id}
                    aria-label={t(user.disabled ? 'users.enableUser' : 'users.disableUser', { name: user.name })}
                    onClick={() => change(user, { disabled: !user.disabled }, user.disabled ? 'users.done.enabled' : 'users.done.disabled')}
                  >
                    {t(user.disabled ? 'users.enable' : 'users.disable')}
                  </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
