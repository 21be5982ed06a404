import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { contactLabel } from './labels';
import { useContact } from './queries';

/**
 * Picks a contact by name, phone or e-mail: the server searches as the user
 * types (GET /api/v1/contacts?q=), so accounts with many contacts work too.
 */
export function ContactSelect({ value, onChange, error }: { value: string | null; onChange: (id: string | null) => void; error?: string }) {
  const { t } = useTranslation('tickets');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const selected = useContact(value);
  const selectedLabel = selected.data ? contactLabel(selected.data) : null;
  // While the box shows the chosen contact's label, the list is not narrowed by it.
  const q = debounced && debounced !== selectedLabel ? debounced : undefined;
  const contacts = useQuery({
    queryKey: ['contacts', { q, limit: 20 }],
    queryFn: () => call(api.GET('/api/v1/contacts', { params: { query: { q, limit: 20 } } })),
    placeholderData: keepPreviousData,
  });

  const options = (contacts.data?.data ?? []).map((c) => ({ value: c.id, label: contactLabel(c) }));
  if (selected.data && !options.some((o) => o.value === selected.data.id)) options.unshift({ value: selected.data.id, label: contactLabel(selected.data) });

  return (
    <Select
      label={t('fields.contact')}
      placeholder={t('form.contactPlaceholder')}
      searchable
      required
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      // The server filtered already; filtering again would hide matches on e-mail.
      filter={({ options: all }) => all}
      nothingFoundMessage={contacts.isFetching ? t('form.searching') : t('form.noContacts')}
      rightSection={contacts.isFetching || selected.isFetching ? <Loader size={14} /> : undefined}
      error={error ?? (contacts.error ? contacts.error.message : selected.error?.message)}
    />
  );
}
