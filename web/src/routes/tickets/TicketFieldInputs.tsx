import { Autocomplete, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTicketLabels } from './labels';
import { useTicketCategories, useTicketStatuses, useUsers } from './queries';
import { PRIORITIES, type Priority } from './types';

/** The inputs a ticket's form and page share: status, priority, category, owner. */

export function StatusSelect({ value, onChange, disabled }: { value: string | null; onChange: (status: string) => void; disabled?: boolean }) {
  const { t } = useTranslation('tickets');
  const labels = useTicketLabels();
  const statuses = useTicketStatuses();
  const groups = (['open', 'in_progress', 'terminated'] as const).map((macro) => ({
    group: labels.macroStatus(macro),
    items: (statuses.data ?? []).filter((s) => s.macroStatus === macro).map((s) => s.name),
  }));
  return (
    <Select
      label={t('fields.status')}
      placeholder={t('form.statusDefault')}
      data={groups.filter((g) => g.items.length > 0)}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      // Statuses are few and grouped by stage: show them all without scrolling.
      maxDropdownHeight={420}
      disabled={disabled}
      error={statuses.error?.message}
    />
  );
}

export function PrioritySelect({ value, onChange, disabled }: { value: Priority; onChange: (priority: Priority) => void; disabled?: boolean }) {
  const { t } = useTranslation('tickets');
  const labels = useTicketLabels();
  return (
    <Select
      label={t('fields.priority')}
      data={PRIORITIES.map((p) => ({ value: p, label: labels.priority(p) }))}
      value={value}
      onChange={(next) => next && onChange(next as Priority)}
      allowDeselect={false}
      disabled={disabled}
    />
  );
}

/** A category from the list, or a new name: the server creates a category the first time it is used. */
export function CategoryInput({ value, onChange, disabled }: { value: string; onChange: (category: string) => void; disabled?: boolean }) {
  const { t } = useTranslation('tickets');
  const categories = useTicketCategories();
  return (
    <Autocomplete
      label={t('fields.category')}
      description={t('form.categoryHint')}
      placeholder={t('noCategory')}
      data={(categories.data ?? []).map((c) => c.name)}
      value={value}
      onChange={onChange}
      maxLength={100}
      disabled={disabled}
      error={categories.error?.message}
    />
  );
}

export function OwnerSelect({ value, onChange, disabled }: { value: string | null; onChange: (ownerId: string | null) => void; disabled?: boolean }) {
  const { t } = useTranslation('tickets');
  const users = useUsers();
  return (
    <Select
      label={t('fields.owner')}
      placeholder={t('unassigned')}
      data={(users.data ?? []).filter((u) => !u.disabled || u.id === value).map((u) => ({ value: u.id, label: u.name }))}
      value={value}
      onChange={onChange}
      clearable
      searchable
      disabled={disabled}
      error={users.error?.message}
    />
  );
}
