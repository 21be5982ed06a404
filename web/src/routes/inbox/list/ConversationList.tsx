import { Box, Button, Group, ScrollArea, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import { useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, Loading } from '../../../ui';
import { sandboxPhoneAvailable } from '../../../shell/nav-items';
import { sandboxPhoneUrl } from '../sandbox-phone';
import type { Conversation, ConversationFilters } from '../types';
import { ConversationFiltersButton } from './ConversationFiltersButton';
import { ConversationRow } from './ConversationRow';

type Filters = Omit<ConversationFilters, 'cursor' | 'limit'>;
type Page = { data: Conversation[]; nextCursor: string | null };

export interface ConversationListProps {
  query: UseInfiniteQueryResult<InfiniteData<Page>>;
  filters: Filters;
  onFiltersChange: Dispatch<SetStateAction<Filters>>;
  selectedId: string | null;
}

/** The conversations, most recent first, with the API's search and filters. */
export function ConversationList({ query, filters, onFiltersChange, selectedId }: ConversationListProps) {
  const { t } = useTranslation('inbox');
  const [search, setSearch] = useState(filters.q ?? '');
  // The search is sent once typing pauses, not at every key.
  const applySearch = useDebouncedCallback((q: string) => onFiltersChange((current) => ({ ...current, q: q.trim() || undefined })), 300);

  const conversations = query.data?.pages.flatMap((page) => page.data) ?? [];
  const filtered = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <Stack gap="xs" p="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <TextInput
          placeholder={t('list.search')}
          aria-label={t('list.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            applySearch(event.currentTarget.value);
          }}
        />
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <SegmentedControl
            size="xs"
            value={filters.unread === 'true' ? 'unread' : 'all'}
            onChange={(value) => onFiltersChange((current) => ({ ...current, unread: value === 'unread' ? 'true' : undefined }))}
            data={[
              { value: 'all', label: t('list.all') },
              { value: 'unread', label: t('list.unread') },
            ]}
          />
          <ConversationFiltersButton filters={filters} onChange={onFiltersChange} />
        </Group>
      </Stack>
      <ScrollArea style={{ flex: 1 }} type="auto">
        {query.isPending ? (
          <Loading h={240} />
        ) : query.isError ? (
          <Box p="sm">
            <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
          </Box>
        ) : conversations.length === 0 ? (
          filtered ? (
            <EmptyState
              title={t('list.noMatch')}
              text={t('list.noMatchText')}
              action={
                <Button variant="light" onClick={() => {
                    applySearch.cancel();
                    setSearch('');
                    onFiltersChange({});
                  }}>
                  {t('list.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              title={t('list.empty')}
              text={t('list.emptyText')}
              action={
                sandboxPhoneAvailable() ? (
                  <Button component="a" href={sandboxPhoneUrl()} target="_blank" rel="noopener" variant="light">
                    {t('sandboxPhone')}
                  </Button>
                ) : undefined
              }
            />
          )
        ) : (
          <nav aria-label={t('list.label')}>
            {conversations.map((conversation) => (
              <ConversationRow key={conversation.id} conversation={conversation} selected={conversation.contact.id === selectedId} />
            ))}
            {query.hasNextPage && (
              <Box p="sm">
                <Button fullWidth variant="subtle" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                  {t('list.more')}
                </Button>
              </Box>
            )}
          </nav>
        )}
      </ScrollArea>
    </>
  );
}
