import { ActionIcon, Avatar, Badge, Box, Button, Center, Group, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconUserCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../format/use-format';
import { EmptyState, ErrorAlert, Loading } from '../../../ui';
import { initials } from '../contact-name';
import { useContact, useMarkRead, useThread, useUsers } from '../queries';
import { useCustomerWindow } from '../use-customer-window';
import { Composer } from './Composer';
import { MessageBubble } from './MessageBubble';
import { WindowBanner } from './WindowBanner';

export interface ChatThreadProps {
  contactId: string;
  /** From the conversation list: the chat is marked read while it is open. */
  unreadCount: number;
  showBack: boolean;
  /** Opens the contact panel when it is not beside the chat. */
  onShowDetails?: () => void;
}

/** A contact's chat: header, messages and notes (live), the window banner and the composer. */
export function ChatThread({ contactId, unreadCount, showBack, onShowDetails }: ChatThreadProps) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  const contact = useContact(contactId);
  const thread = useThread(contactId);
  const users = useUsers();
  const markRead = useMarkRead();
  const window = useCustomerWindow(contact.data?.lastInboundAt);
  const bottom = useRef<HTMLDivElement>(null);

  // Newest first from the API; the chat reads top to bottom.
  const items = useMemo(() => (thread.data?.pages.flatMap((page) => page.data) ?? []).slice().reverse(), [thread.data]);
  const newestId = items[items.length - 1]?.id;

  // A new message (or the first load) brings the bottom of the chat into view.
  useEffect(() => {
    if (newestId) bottom.current?.scrollIntoView({ block: 'end' });
  }, [newestId]);

  // Reading the chat reads its messages; a message arriving while it is open is read at once.
  const { mutate: markAsRead } = markRead;
  useEffect(() => {
    if (unreadCount > 0) markAsRead(contactId);
  }, [contactId, unreadCount, markAsRead]);

  if (contact.isPending) return <Loading h="100%" />;
  if (contact.isError) {
    return (
      <Box p="md">
        <ErrorAlert error={contact.error} onRetry={() => void contact.refetch()} />
        <Button component={Link} to="/inbox" variant="subtle" mt="sm" leftSection={<IconArrowLeft size={16} />}>
          {t('thread.back')}
        </Button>
      </Box>
    );
  }

  const c = contact.data;
  const name = c.name ?? c.phone;
  const userName = (id: string) => users.data?.data.find((user) => user.id === id)?.name;
  const blockedReason = c.blocked ? t('composer.blocked') : !window.open ? t('composer.windowClosed') : null;

  return (
    <>
      <Group gap="sm" px="sm" py="xs" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        {showBack && (
          <ActionIcon component={Link} to="/inbox" variant="subtle" size="lg" aria-label={t('thread.back')}>
            <IconArrowLeft size={20} />
          </ActionIcon>
        )}
        <Avatar radius="xl" color="teal">
          {initials(name)}
        </Avatar>
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} truncate component="h2" size="md" m={0}>
            {name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {c.name ? `${c.phone} · ` : ''}
            {window.open ? t('window.openUntil', { time: format.date(window.closesAt, 'dateTime') }) : t('window.closed')}
          </Text>
        </Stack>
        {c.blocked && <Badge color="red" variant="light">{t('blocked')}</Badge>}
        {onShowDetails && (
          <Tooltip label={t('thread.details')}>
            <ActionIcon variant="subtle" size="lg" aria-label={t('thread.details')} onClick={onShowDetails}>
              <IconUserCircle size={22} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <WindowBanner window={window} blocked={c.blocked} />
      <ScrollArea style={{ flex: 1 }} type="auto" bg="var(--mantine-color-body)">
        <Stack gap={6} p="sm" role="log" aria-label={t('thread.label', { name })}>
          {thread.hasNextPage && (
            <Center>
              <Button size="xs" variant="subtle" loading={thread.isFetchingNextPage} onClick={() => void thread.fetchNextPage()}>
                {t('thread.older')}
              </Button>
            </Center>
          )}
          {thread.isPending ? (
            <Loading h={240} />
          ) : thread.isError ? (
            <ErrorAlert error={thread.error} onRetry={() => void thread.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState title={t('thread.empty')} text={window.open ? t('thread.emptyText') : t('thread.emptyClosed')} />
          ) : (
            items.map((item, index) => {
              const day = format.date(item.createdAt, 'date');
              const previous = items[index - 1];
              const newDay = !previous || format.date(previous.createdAt, 'date') !== day;
              return (
                <Stack key={item.id} gap={6}>
                  {newDay && (
                    <Center>
                      <Badge variant="default" tt="none" fw={500}>
                        {day}
                      </Badge>
                    </Center>
                  )}
                  <MessageBubble item={item} customerName={name} userName={userName} />
                </Stack>
              );
            })
          )}
          <div ref={bottom} />
        </Stack>
      </ScrollArea>
      <Composer contactId={contactId} sendBlockedReason={blockedReason} />
    </>
  );
}
