import { Button, Card, Stack } from '@mantine/core';
import { IconPlus, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../auth/session';
import { PageHeader } from '../../ui';
import { filtersFromSearch, filtersToSearch, statsQuery, type TicketFilters } from './filters';
import { StatsPanel } from './StatsPanel';
import { DateRangeFilter, TicketFiltersBar } from './TicketFiltersBar';
import { TicketTable } from './TicketTable';

/** /tickets: statistics over a date range, then the list with the API's filters, search and sorts. */
export function TicketsPage() {
  const { t } = useTranslation('tickets');
  const canManage = useCan('tickets.manage');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const apply = (next: TicketFilters) => setSearchParams(filtersToSearch(next), { replace: true });
  const newTicket = (
    <Button component={Link} to="/tickets/new" leftSection={<IconPlus size={16} />}>
      {t('actions.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            {canManage && (
              <Button component={Link} to="/tickets/settings" variant="default" leftSection={<IconSettings size={16} />}>
                {t('actions.settings')}
              </Button>
            )}
            {newTicket}
          </>
        }
      />
      <Stack gap="lg">
        <StatsPanel range={statsQuery(filters)} toolbar={<DateRangeFilter filters={filters} onChange={apply} />} />
        <Card withBorder padding="md">
          <Stack gap="md">
            <TicketFiltersBar filters={filters} onChange={apply} />
            <TicketTable filters={filters} onClearFilters={() => apply({})} newTicketAction={newTicket} />
          </Stack>
        </Card>
      </Stack>
    </>
  );
}
