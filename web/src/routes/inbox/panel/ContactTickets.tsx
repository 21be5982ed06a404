import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, Loading } from '../../../ui';
import { useContactTickets } from '../queries';
import { PanelSection } from './PanelSection';

const MACRO_COLORS = { open: 'blue', in_progress: 'orange', terminated: 'gray' } as const;

/** The contact's tickets, each a link to its page, and a new one from the chat. */
export function ContactTickets({ contactId }: { contactId: string }) {
  const { t } = useTranslation('inbox');
  const tickets = useContactTickets(contactId);

  return (
    <PanelSection
      title={t('panel.tickets')}
      action={
        <Button component={Link} to={`/tickets/new?contactId=${contactId}`} size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} data-testid="open-ticket">
          {t('panel.newTicket')}
        </Button>
      }
    >
      {tickets.isPending ? (
        <Loading h={60} />
      ) : tickets.isError ? (
        <ErrorAlert error={tickets.error} onRetry={() => void tickets.refetch()} />
      ) : tickets.data.data.length === 0 ? (
        <Text size="sm" c="dimmed">{t('panel.noTickets')}</Text>
      ) : (
        <Stack gap={6}>
          {tickets.data.data.map((ticket) => (
            <Group key={ticket.id} gap="xs" wrap="nowrap" justify="space-between">
              <Anchor component={Link} to={`/tickets/${ticket.id}`} size="sm" style={{ minWidth: 0 }}>
                <Text span size="sm" truncate display="block">
                  {ticket.reference} · {ticket.title}
                </Text>
              </Anchor>
              <Badge size="xs" variant="light" color={MACRO_COLORS[ticket.macroStatus]} tt="none" style={{ flexShrink: 0 }}>
                {ticket.status}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </PanelSection>
  );
}
