import { Avatar, Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../format/use-format';
import { initials } from '../contact-name';
import { useUsers } from '../queries';
import type { Conversation } from '../types';

/** One conversation in the list: who, the last message, unread count, operators and tags. */
export function ConversationRow({ conversation, selected }: { conversation: Conversation; selected: boolean }) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  const users = useUsers();
  const { contact, lastMessage, unreadCount } = conversation;
  const name = contact.name ?? contact.phone;
  const operators = conversation.operatorIds.map((id) => users.data?.data.find((u) => u.id === id)?.name).filter((n): n is string => !!n);
  const preview = lastMessage ? `${lastMessage.direction === 'outbound' ? t('list.you') : ''}${lastMessage.text ?? t('list.noText')}` : '';

  return (
    <UnstyledButton
      component={Link}
      to={`/inbox/${contact.id}`}
      aria-current={selected ? 'page' : undefined}
      aria-label={unreadCount > 0 ? t('list.rowUnread', { name, count: unreadCount }) : name}
      px="sm"
      py="xs"
      style={{
        display: 'block',
        borderBottom: '1px solid var(--mantine-color-default-border)',
        background: selected ? 'var(--mantine-color-teal-light)' : undefined,
      }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Avatar radius="xl" color="teal" size={40}>
          {initials(name)}
        </Avatar>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <Text fw={unreadCount > 0 ? 700 : 500} truncate>
              {name}
            </Text>
            {conversation.lastMessageAt && (
              <Text size="xs" c={unreadCount > 0 ? 'teal' : 'dimmed'} style={{ flexShrink: 0 }}>
                {format.relative(conversation.lastMessageAt)}
              </Text>
            )}
          </Group>
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm" c="dimmed" truncate>
              {preview}
            </Text>
            {unreadCount > 0 && (
              <Badge size="sm" circle={unreadCount < 10} color="teal" style={{ flexShrink: 0 }} aria-hidden>
                {format.number(unreadCount)}
              </Badge>
            )}
          </Group>
          {(operators.length > 0 || conversation.tags.length > 0 || contact.blocked) && (
            <Group gap={4} wrap="wrap">
              {contact.blocked && (
                <Badge size="xs" color="red" variant="light">
                  {t('blocked')}
                </Badge>
              )}
              {operators.map((operator) => (
                <Badge key={operator} size="xs" color="gray" variant="outline">
                  {operator}
                </Badge>
              ))}
              {conversation.tags.map((tag) => (
                <Badge key={tag} size="xs" variant="light">
                  {tag}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
