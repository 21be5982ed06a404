import { ActionIcon, Anchor, Group, Table, TextInput, Tooltip } from '@mantine/core';
import { IconPencil, IconTag, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../../api/client';
import { useCan } from '../../../auth/session';
import { useFormat } from '../../../format/use-format';
import { EmptyState, ErrorAlert, Loading, PageHeader } from '../../../ui';
import { ContactsTabs } from '../ContactsTabs';
import { useLists, useTags } from '../data';
import { fieldErrorsOf } from '../field-errors';
import { filtersToSearch, NO_FILTERS } from '../filters';
import { CreateForm } from './CreateForm';
import { DeleteModal } from './DeleteModal';
import { RenameModal } from './RenameModal';

type Kind = 'tags' | 'lists';
interface Entry {
  id: string;
  name: string;
  count: number;
}

/** The calls of each catalog; tags and lists differ only in their paths and what they count. */
const CATALOGS = {
  tags: {
    create: (name: string) => call(api.POST('/api/v1/tags', { body: { name } })),
    rename: (id: string, name: string) => call(api.PATCH('/api/v1/tags/{id}', { params: { path: { id } }, body: { name } })),
    remove: (id: string) => call(api.DELETE('/api/v1/tags/{id}', { params: { path: { id } } })),
    filterOf: (entry: Entry) => filtersToSearch({ ...NO_FILTERS, tags: [entry.name] }),
  },
  lists: {
    create: (name: string) => call(api.POST('/api/v1/lists', { body: { name } })),
    rename: (id: string, name: string) => call(api.PATCH('/api/v1/lists/{id}', { params: { path: { id } }, body: { name } })),
    remove: (id: string) => call(api.DELETE('/api/v1/lists/{id}', { params: { path: { id } } })),
    filterOf: (entry: Entry) => filtersToSearch({ ...NO_FILTERS, list: entry.id }),
  },
} as const;

/** /contacts/tags and /contacts/lists: create, rename and delete, with how many contacts each has. */
export function NamedCatalogPage({ kind }: { kind: Kind }) {
  const { t } = useTranslation('contacts');
  const format = useFormat();
  const canManage = useCan('contacts.manage');
  // Chat operators may create tags (the server lets them), but not lists.
  const canCreate = canManage || kind === 'tags';
  const queryClient = useQueryClient();
  const tags = useTags();
  const lists = useLists();
  const query = kind === 'tags' ? tags : lists;
  const entries: Entry[] | undefined =
    kind === 'tags'
      ? tags.data?.data.map((tag) => ({ id: tag.id, name: tag.name, count: tag.contactCount }))
      : lists.data?.data.map((list) => ({ id: list.id, name: list.name, count: list.memberCount }));
  const catalog = CATALOGS[kind];
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: [kind] });
    await queryClient.invalidateQueries({ queryKey: ['contacts'] });
  };

  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: async () => {
      await catalog.create(name.trim());
    },
    onSuccess: async () => {
      setName('');
      await refresh();
    },
  });
  const createError = fieldErrorsOf(create.error).name;
  const [renaming, setRenaming] = useState<Entry | null>(null);
  const [deleting, setDeleting] = useState<Entry | null>(null);

  return (
    <>
      <PageHeader title={t('title')} description={t(`${kind}.description`)} />
      <ContactsTabs />
      {canCreate && (
        <CreateForm onSubmit={() => create.mutate()} pending={create.isPending} disabled={name.trim() === ''} error={createError ? undefined : create.error}>
          <TextInput label={t(`${kind}.newName`)} value={name} onChange={(e) => setName(e.currentTarget.value)} error={createError} w={280} />
        </CreateForm>
      )}
      {query.isPending ? (
        <Loading h={300} />
      ) : query.error ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !entries || entries.length === 0 ? (
        <EmptyState icon={<IconTag size={26} />} title={t(`${kind}.emptyTitle`)} text={t(`${kind}.emptyText`)} />
      ) : (
        <Table.ScrollContainer minWidth={500}>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('catalog.name')}</Table.Th>
                <Table.Th>{t(`${kind}.count`)}</Table.Th>
                {canManage && <Table.Th w={100} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{entry.name}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/contacts?${catalog.filterOf(entry).toString()}`} size="sm">
                      {t('catalog.contacts', { count: entry.count, formatted: format.number(entry.count) })}
                    </Anchor>
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('actions.rename')}>
                          <ActionIcon variant="subtle" aria-label={t('catalog.renameOf', { name: entry.name })} onClick={() => setRenaming(entry)}>
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('actions.delete')}>
                          <ActionIcon variant="subtle" color="red" aria-label={t('catalog.deleteOf', { name: entry.name })} onClick={() => setDeleting(entry)}>
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {renaming && (
        <RenameModal
          title={t('catalog.renameOf', { name: renaming.name })}
          label={t('catalog.name')}
          initial={renaming.name}
          field="name"
          save={async (value) => {
            await catalog.rename(renaming.id, value);
            await refresh();
          }}
          onClose={() => setRenaming(null)}
        />
      )}
      {deleting && (
        <DeleteModal
          title={t('catalog.deleteOf', { name: deleting.name })}
          text={t(`${kind}.deleteText`, { count: deleting.count })}
          remove={async () => {
            await catalog.remove(deleting.id);
            await refresh();
          }}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}
