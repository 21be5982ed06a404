import { Button, Indicator, Popover, Select, Stack } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLists, useTags, useUsers } from '../queries';
import type { ConversationFilters } from '../types';

type Filters = Omit<ConversationFilters, 'cursor' | 'limit'>;

/** The API's filters of the inbox besides "unread": a tag, an operator, a list. */
export function ConversationFiltersButton({ filters, onChange }: { filters: Filters; onChange(filters: Filters): void }) {
  const { t } = useTranslation('inbox');
  const tags = useTags();
  const users = useUsers();
  const lists = useLists();
  const active = [filters.tag, filters.operatorId, filters.listId].filter(Boolean).length;

  return (
    <Popover position="bottom-end" shadow="md" width={260} trapFocus>
      <Popover.Target>
        <Indicator label={active} size={16} disabled={active === 0}>
          <Button size="xs" variant="default" leftSection={<IconFilter size={14} />}>
            {t('list.filters')}
          </Button>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Select
            label={t('list.tag')}
            placeholder={t('list.any')}
            clearable
            searchable
            data={(tags.data?.data ?? []).map((tag) => tag.name)}
            value={filters.tag ?? null}
            onChange={(tag) => onChange({ ...filters, tag: tag ?? undefined })}
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            label={t('list.operator')}
            placeholder={t('list.any')}
            clearable
            searchable
            data={(users.data?.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
            value={filters.operatorId ?? null}
            onChange={(operatorId) => onChange({ ...filters, operatorId: operatorId ?? undefined })}
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            label={t('list.list')}
            placeholder={t('list.any')}
            clearable
            searchable
            data={(lists.data?.data ?? []).map((list) => ({ value: list.id, label: list.name }))}
            value={filters.listId ?? null}
            onChange={(listId) => onChange({ ...filters, listId: listId ?? undefined })}
            comboboxProps={{ withinPortal: false }}
          />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
