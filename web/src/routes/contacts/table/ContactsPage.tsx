import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconDownload, IconFileImport, IconPlus, IconUsers } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../../api/client';
import { useCan } from '../../../auth/session';
import { EmptyState, ErrorAlert, Loading, PageHeader } from '../../../ui';
import { ContactsTabs } from '../ContactsTabs';
import { filtersToQuery, filtersToSearch, hasFilters, NO_FILTERS, parseFilters, type ContactFilters } from '../filters';
import { BulkBar } from './BulkBar';
import { ContactsTable } from './ContactsTable';
import { downloadContactsCsv } from './download';
import { FilterBar } from './FilterBar';
import { NewContactModal } from './NewContactModal';
import { useCursorPages } from './use-cursor-pages';

const PAGE_SIZE = 50;

/** /contacts: the contact table with its filters (kept in the address), selection, bulk actions and export. */
export function ContactsPage() {
  const { t } = useTranslation('contacts');
  const canImport = useCan('contacts.manage');
  const [search, setSearch] = useSearchParams();
  const filters = parseFilters(search);
  const filterKey = filtersToSearch(filters).toString();
  const pages = useCursorPages(filterKey);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState(false);
  // Clearing the filters from outside the bar starts the bar afresh (its search box keeps what is typed).
  const [filterBarKey, setFilterBarKey] = useState(0);

  const contacts = useQuery({
    queryKey: ['contacts', { filters: filterKey, cursor: pages.cursor }],
    queryFn: () =>
      call(
        api.GET('/api/v1/contacts', {
          // field.KEY filters are not in the typed query: the API reads any field.* name.
          params: { query: { ...filtersToQuery(filters), limit: PAGE_SIZE, ...(pages.cursor ? { cursor: pages.cursor } : {}) } as never },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const exportCsv = useMutation({ mutationFn: () => downloadContactsCsv(filtersToSearch(filters)) });

  const setFilters = (next: ContactFilters) => {
    setSelected(new Set());
    setSearch(filtersToSearch(next), { replace: true });
  };
  const visible = contacts.data?.data ?? [];
  // Only contacts on this page can be selected; a selection never hides off-screen.
  const selectedIds = visible.filter((c) => selected.has(c.id)).map((c) => c.id);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Button variant="default" leftSection={<IconDownload size={16} />} loading={exportCsv.isPending} onClick={() => exportCsv.mutate()}>
              {t('export.button')}
            </Button>
            {canImport && (
              <Button component={Link} to="/contacts/import" variant="default" leftSection={<IconFileImport size={16} />}>
                {t('import.button')}
              </Button>
            )}
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('new.button')}
            </Button>
          </>
        }
      />
      <ContactsTabs />
      {exportCsv.error && <ErrorAlert error={exportCsv.error} mb="md" withCloseButton onClose={() => exportCsv.reset()} />}
      <FilterBar key={filterBarKey} filters={filters} onChange={setFilters} />
      {selectedIds.length > 0 && <BulkBar contactIds={selectedIds} onDone={() => setSelected(new Set())} />}
      {contacts.isPending ? (
        <Loading h={400} />
      ) : contacts.error ? (
        <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : visible.length === 0 ? (
        hasFilters(filters) ? (
          <EmptyState
            icon={<IconUsers size={26} />}
            title={t('empty.filteredTitle')}
            text={t('empty.filteredText')}
            action={
              <Button
                onClick={() => {
                  setFilters(NO_FILTERS);
                  setFilterBarKey((k) => k + 1);
                }}
              >{t('filters.clear')}</Button>
            }
          />
        ) : (
          <EmptyState
            icon={<IconUsers size={26} />}
            title={t('empty.title')}
            text={t('empty.text')}
            action={
              <Group>
                <Button onClick={() => setCreating(true)}>{t('new.button')}</Button>
                {canImport && (
                  <Button component={Link} to="/contacts/import" variant="default">
                    {t('import.button')}
                  </Button>
                )}
              </Group>
            }
          />
        )
      ) : (
        <>
          <ContactsTable contacts={visible} selected={selected} onSelectedChange={setSelected} />
          <Group justify="space-between" mt="md">
            <Text size="sm" c="dimmed">
              {t('table.page', { page: pages.index + 1 })}
            </Text>
            <Group gap="xs">
              <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} />} disabled={pages.index === 0} onClick={pages.previous}>
                {t('table.previous')}
              </Button>
              <Button
                variant="default"
                size="xs"
                rightSection={<IconChevronRight size={14} />}
                disabled={!contacts.data?.nextCursor || contacts.isPlaceholderData}
                onClick={() => contacts.data?.nextCursor && pages.next(contacts.data.nextCursor)}
              >
                {t('table.next')}
              </Button>
            </Group>
          </Group>
        </>
      )}
      {creating && <NewContactModal opened onClose={() => setCreating(false)} />}
    </>
  );
}
