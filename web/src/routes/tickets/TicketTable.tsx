import { Anchor, Button, Center, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { useFormat } from '../../format/use-format';
import { EmptyState, ErrorAlert, Loading } from '../../ui';
import { activeFilterCount, listQuery, type TicketFilters } from './filters';
import { useUsers } from './queries';
import { PriorityBadge, StatusBadge } from './TicketBadges';

const PAGE_SIZE = 25;

/** The tickets matching the filters, a page at a time ("Show more" fetches the next cursor). */
export function TicketTable({ filters, onClearFilters, newTicketAction }: { filters: TicketFilters; onClearFilters: () => void; newTicketAction: React.ReactNode }) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const users = useUsers();
  const query = listQuery(filters, PAGE_SIZE);
  const tickets = useInfiniteQuery({
    queryKey: ['tickets', query],
    queryFn: ({ pageParam }) => call(api.GET('/api/v1/tickets', { params: { query: { ...query, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

  if (tickets.isPending) return <Loading h={320} />;
  // A failed next page keeps the rows already shown; the error then appears under them.
  if (!tickets.data) return <ErrorAlert error={tickets.error} onRetry={() => void tickets.refetch()} />;

  const rows = tickets.data.pages.flatMap((page) => page.data);
  if (rows.length === 0) {
    const filtered = activeFilterCount(filters) > 0 || filters.from !== undefined;
    return filtered ? (
      <EmptyState
        icon={<IconTicket size={26} />}
        title={t('list.noMatchTitle')}
        text={t('list.noMatchText')}
        action={
          <Button variant="light" onClick={onClearFilters}>
            {t('filters.clearAll')}
          </Button>
        }
      />
    ) : (
      <EmptyState icon={<IconTicket size={26} />} title={t('list.emptyTitle')} text={t('list.emptyText')} action={newTicketAction} />
    );
  }

  const ownerName = new Map((users.data ?? []).map((u) => [u.id, u.name]));
  return (
    <>
      <Table.ScrollContainer minWidth={820}>
        <Table highlightOnHover verticalSpacing="sm" aria-label={t('list.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.reference')}</Table.Th>
              <Table.Th>{t('fields.title')}</Table.Th>
              <Table.Th>{t('fields.status')}</Table.Th>
              <Table.Th>{t('fields.priority')}</Table.Th>
              <Table.Th>{t('fields.category')}</Table.Th>
              <Table.Th>{t('fields.owner')}</Table.Th>
              <Table.Th>{t('fields.createdAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((ticket) => (
              <Table.Tr key={ticket.id}>
                <Table.Td>
                  <Text size="sm" c="dimmed" ff="monospace">
                    {ticket.reference}
                  </Text>
                </Table.Td>
                <Table.Td maw={360}>
                  <Anchor component={Link} to={`/tickets/${ticket.id}`} fw={500} lineClamp={2}>
                    {ticket.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={ticket.status} macroStatus={ticket.macroStatus} />
                </Table.Td>
                <Table.Td>
                  <PriorityBadge priority={ticket.priority} />
                </Table.Td>
                <Table.Td>{ticket.category ?? <Text c="dimmed" size="sm">{t('noCategory')}</Text>}</Table.Td>
                <Table.Td>{ticket.ownerId ? (ownerName.get(ticket.ownerId) ?? '…') : <Text c="dimmed" size="sm">{t('unassigned')}</Text>}</Table.Td>
                <Table.Td>
                  <Text size="sm" title={format.date(ticket.createdAt, 'dateTime')}>
                    {format.date(ticket.createdAt, 'date')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {tickets.hasNextPage && (
        <Center mt="md">
          <Button variant="default" loading={tickets.isFetchingNextPage} onClick={() => void tickets.fetchNextPage()}>
            {t('list.more')}
          </Button>
        </Center>
      )}
      {tickets.error && <ErrorAlert error={tickets.error} mt="md" />}
    </>
  );
}
