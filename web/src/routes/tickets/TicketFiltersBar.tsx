import { Button, Group, Select, TextInput } from '@mantine/core';
import { DatePickerInput, type DatePickerPreset } from '@mantine/dates';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconCalendar, IconSearch } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount, changeFilter, DEFAULT_SORT, isTicketSort, type TicketFilters } from './filters';
import { useTicketLabels } from './labels';
import { useTicketCategories, useTicketStatuses, useUsers } from './queries';
import { MACRO_STATUSES, PRIORITIES, SORT_KEYS, type MacroStatus, type Priority } from './types';

/** The date range shared by the statistics and the list (creation dates). */
export function DateRangeFilter({ filters, onChange }: { filters: TicketFilters; onChange: (filters: TicketFilters) => void }) {
  const { t } = useTranslation('tickets');
  const day = (offset: number) => dayjs().subtract(offset, 'day').format('YYYY-MM-DD');
  const presets: DatePickerPreset<'range'>[] = [
    { value: [day(6), day(0)], label: t('range.last7') },
    { value: [day(29), day(0)], label: t('range.last30') },
    { value: [day(89), day(0)], label: t('range.last90') },
    { value: [dayjs().startOf('year').format('YYYY-MM-DD'), day(0)], label: t('range.thisYear') },
  ];
  return (
    <DatePickerInput
      type="range"
      label={t('range.label')}
      placeholder={t('range.allTime')}
      leftSection={<IconCalendar size={16} />}
      clearable
      presets={presets}
      value={[filters.from ?? null, filters.to ?? null]}
      onChange={([from, to]) => {
        // A range is applied once both ends are chosen, or when cleared.
        if (from && !to) return;
        onChange({ ...changeFilter(changeFilter(filters, 'from', from), 'to', to) });
      }}
      miw={240}
      valueFormat="D MMM YYYY"
    />
  );
}

/** Search, filters and sort of the ticket list, the API's own. */
export function TicketFiltersBar({ filters, onChange }: { filters: TicketFilters; onChange: (filters: TicketFilters) => void }) {
  const { t } = useTranslation('tickets');
  const labels = useTicketLabels();
  const statuses = useTicketStatuses();
  const categories = useTicketCategories();
  const users = useUsers();
  const [search, setSearch] = useState(filters.q ?? '');
  const [appliedQ, setAppliedQ] = useState(filters.q);
  // The search box follows the address when it changes elsewhere (back button, "clear").
  if (appliedQ !== filters.q) {
    setAppliedQ(filters.q);
    if ((filters.q ?? '') !== search.trim()) setSearch(filters.q ?? '');
  }
  const applySearch = useDebouncedCallback((q: string) => onChange(changeFilter(filters, 'q', q.trim())), 350);
  const set = <K extends keyof TicketFilters>(key: K, value: TicketFilters[K] | null) => onChange(changeFilter(filters, key, value));

  const sortOptions = SORT_KEYS.flatMap((key) => [
    { value: `-${key}`, label: t(`sort.${key}.desc`) },
    { value: key, label: t(`sort.${key}.asc`) },
  ]);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
        onKeyDown={(event) => event.key === 'Enter' && onChange(changeFilter(filters, 'q', search.trim()))}
        miw={220}
        style={{ flex: 1 }}
      />
      <Select
        label={t('filters.macroStatus')}
        placeholder={t('filters.any')}
        data={MACRO_STATUSES.map((value) => ({ value, label: labels.macroStatus(value) }))}
        value={filters.macroStatus ?? null}
        onChange={(value) => set('macroStatus', value as MacroStatus | null)}
        clearable
        w={150}
      />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.any')}
        data={(statuses.data ?? []).map((s) => s.name)}
        value={filters.status ?? null}
        onChange={(value) => set('status', value)}
        clearable
        searchable
        w={150}
      />
      <Select
        label={t('filters.priority')}
        placeholder={t('filters.any')}
        data={PRIORITIES.map((value) => ({ value, label: labels.priority(value) }))}
        value={filters.priority ?? null}
        onChange={(value) => set('priority', value as Priority | null)}
        clearable
        w={130}
      />
      <Select
        label={t('filters.category')}
        placeholder={t('filters.any')}
        data={(categories.data ?? []).map((c) => c.name)}
        value={filters.category ?? null}
        onChange={(value) => set('category', value)}
        clearable
        searchable
        w={150}
      />
      <Select
        label={t('filters.owner')}
        placeholder={t('filters.any')}
        data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        value={filters.ownerId ?? null}
        onChange={(value) => set('ownerId', value)}
        clearable
        searchable
        w={170}
      />
      <Select
        label={t('filters.sort')}
        data={sortOptions}
        value={filters.sort ?? DEFAULT_SORT}
        onChange={(value) => value && isTicketSort(value) && set('sort', value)}
        allowDeselect={false}
        w={200}
      />
      {activeFilterCount(filters) > 0 && (
        <Button variant="subtle" onClick={() => onChange({ sort: filters.sort, from: filters.from, to: filters.to })}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
