import { Box, Group, Paper, Text } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import { messageBody } from '../message-content';
import { deliveryState } from '../message-status';
import { senderLabel } from '../sender';
import { isNote, type ThreadItem } from '../types';
import { DeliveryTicks, FailureReason } from './DeliveryTicks';
import { MessageBodyView } from './MessageBodyView';

export interface MessageBubbleProps {
  item: ThreadItem;
  customerName: string;
  userName(id: string): string | undefined;
}

/**
 * One line of the chat: the customer's messages on the left, the business's
 * on the right with their ticks, internal notes in yellow across the thread.
 */
export function MessageBubble({ item, customerName, userName }: MessageBubbleProps) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  const who = senderLabel(item.sentBy, t, userName, customerName);
  const time = format.date(item.createdAt, 'time');

  if (isNote(item)) {
    return (
      <Paper data-kind="note" p="xs" radius="md" bg="yellow.0" withBorder style={{ borderColor: 'var(--mantine-color-yellow-4)', alignSelf: 'center', width: 'min(92%, 560px)' }}>
        <Group gap={6} mb={4} c="yellow.9">
          <IconNote size={14} />
          <Text size="xs" fw={600}>{t('message.noteBy', { name: who })}</Text>
          <Text size="xs" c="dimmed" ml="auto">{time}</Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.text}</Text>
      </Paper>
    );
  }

  const outbound = item.direction === 'outbound';
  const delivery = deliveryState(item);
  return (
    <Box data-kind={item.direction} style={{ alignSelf: outbound ? 'flex-end' : 'flex-start', maxWidth: 'min(80%, 520px)' }}>
      <Paper p="xs" radius="md" bg={outbound ? 'teal.0' : 'gray.0'} withBorder style={{ borderColor: outbound ? 'var(--mantine-color-teal-2)' : undefined }}>
        {outbound && (
          <Text size="xs" fw={600} c="teal.8" mb={2}>
            {who}
          </Text>
        )}
        <MessageBodyView body={messageBody(item)} />
        <Group gap={4} justify="flex-end" mt={4}>
          <Text size="xs" c="dimmed">{time}</Text>
          {delivery && <DeliveryTicks state={delivery} />}
        </Group>
        {delivery?.tick === 'failed' && <FailureReason reason={delivery.failure} />}
      </Paper>
    </Box>
  );
}
