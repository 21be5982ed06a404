import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { useSignOut } from '../auth/use-sign-out';
import { ProfileModal } from './ProfileModal';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const { user, role } = useSession();
  const [profileOpen, profile] = useDisclosure(false);
  const signOut = useSignOut();

  return (
    <>
      <Menu position="bottom-end" width={220}>
        <Menu.Target>
          <UnstyledButton aria-label={t('user.menu')}>
            <Group gap="xs" wrap="nowrap">
              <Avatar size="sm" radius="xl" color="teal">
                {initials(user.name)}
              </Avatar>
              <div>
                <Text size="sm" fw={500} lh={1.2} visibleFrom="xs">
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} visibleFrom="xs">
                  {t(`user.roles.${role}`)}
                </Text>
              </div>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user.email}</Menu.Label>
          <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={profile.open}>
            {t('user.profile')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLogout size={16} />}
            onClick={() =>
              signOut.mutate(undefined, {
                onError: (error) => notifications.show({ color: 'red', title: t('errors.title'), message: error.message }),
              })
            }
          >
            {t('user.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ProfileModal opened={profileOpen} onClose={profile.close} />
    </>
  );
}
