import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFields, useLists, useTags } from '../data';
import { FieldValueInput } from '../FieldValueInput';
import { hasFilters, NO_FILTERS, type ContactFilters } from '../filters';

export interface FilterBarProps {
  filters: ContactFilters;
  onChange: (filters: ContactFilters) => void;
}

/** Search, tags, list and one dynamic field: the filters of the contact table. */
export function FilterBar({ filters, onChange }: FilterBarProps) {
  const { t } = useTranslation('contacts');
  const tags = useTags();
  const lists = useLists();
  const fields = useFields();
  const [q, setQ] = useState(filters.q);
  // Typing searches after a short pause, not on every key.
  const commitQ = useDebouncedCallback((value: string) => onChange({ ...filters, q: value }), 300);

  const [fieldKey, fieldValue] = Object.entries(filters.fields)[0] ?? [null, ''];
  const [chosenKey, setChosenKey] = useState<string | null>(fieldKey);
  const key = fieldKey ?? chosenKey;
  const definition = fields.data?.data.find((f) => f.key === key);
  const tagNames = tags.data?.data.map((tag) => tag.name) ?? [];

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          commitQ(event.currentTarget.value);
        }}
        w={240}
      />
      <MultiSelect
        label={t('filters.tags')}
        placeholder={filters.tags.length === 0 ? t('filters.anyTag') : undefined}
        // A tag in the address that no longer exists stays visible, so it can be taken off.
        data={[...new Set([...tagNames, ...filters.tags])]}
        value={filters.tags}
        onChange={(value) => onChange({ ...filters, tags: value })}
        searchable
        clearable
        w={240}
      />
      <Select
        label={t('filters.list')}
        placeholder={t('filters.anyList')}
        data={lists.data?.data.map((list) => ({ value: list.id, label: list.name })) ?? []}
        value={filters.list}
        onChange={(value) => onChange({ ...filters, list: value })}
        searchable
        clearable
        w={200}
      />
      <Select
        label={t('filters.field')}
        placeholder={t('filters.anyField')}
        data={fields.data?.data.map((field) => ({ value: field.key, label: field.label })) ?? []}
        value={key}
        onChange={(value) => {
          setChosenKey(value);
          if (fieldKey !== null) onChange({ ...filters, fields: {} });
        }}
        clearable
        w={180}
      />
      {definition && (
        <FieldValueInput
          type={definition.type}
          label={t('filters.fieldValue', { field: definition.label })}
          value={fieldValue}
          onChange={(value) => onChange({ ...filters, fields: value === '' ? {} : { [definition.key]: value } })}
        />
      )}
      {hasFilters(filters) && (
        <Button
          variant="subtle"
          onClick={() => {
            setQ('');
            setChosenKey(null);
            onChange(NO_FILTERS);
          }}
        >
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
