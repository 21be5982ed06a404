import { ActionIcon, Badge, Code, Group, Select, Table, TextInput, Tooltip } from '@mantine/core';
import { IconForms, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client';
import { useCan } from '../../../auth/session';
import { EmptyState, ErrorAlert, Loading, PageHeader } from '../../../ui';
import { ContactsTabs } from '../ContactsTabs';
import { FIELD_TYPES, useFields, type FieldDefinition, type FieldType } from '../data';
import { fieldErrorsOf } from '../field-errors';
import { CreateForm } from './CreateForm';
import { DeleteModal } from './DeleteModal';
import { RenameModal } from './RenameModal';

/** /contacts/fields: the account's dynamic fields; the type and key are chosen once, the label can change. */
export function FieldsPage() {
  const { t } = useTranslation('contacts');
  const canManage = useCan('contacts.manage');
  const queryClient = useQueryClient();
  const fields = useFields();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['fields'] });
    await queryClient.invalidateQueries({ queryKey: ['contacts'] });
  };

  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  const [type, setType] = useState<FieldType>('text');
  const create = useMutation({
    mutationFn: () => call(api.POST('/api/v1/fields', { body: { label: label.trim(), type, ...(key.trim() ? { key: key.trim() } : {}) } })),
    onSuccess: async () => {
      setLabel('');
      setKey('');
      await refresh();
    },
  });
  const errors = fieldErrorsOf(create.error);
  const placed = Boolean(errors.label || errors.key || errors.type);
  const [renaming, setRenaming] = useState<FieldDefinition | null>(null);
  const [deleting, setDeleting] = useState<FieldDefinition | null>(null);
  const typeOptions = FIELD_TYPES.map((value) => ({ value, label: t(`fields.types.${value}`) }));

  return (
    <>
      <PageHeader title={t('title')} description={t('fields.description')} />
      <ContactsTabs />
      {canManage && (
        <CreateForm onSubmit={() => create.mutate()} pending={create.isPending} disabled={label.trim() === ''} error={placed ? undefined : create.error}>
          <TextInput label={t('fields.label')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} error={errors.label} w={240} />
          <TextInput
            label={t('fields.key')}
            placeholder={t('fields.keyPlaceholder')}
            value={key}
            onChange={(e) => setKey(e.currentTarget.value.toUpperCase())}
            error={errors.key}
            w={200}
          />
          <Select label={t('fields.type')} data={typeOptions} value={type} onChange={(value) => value && setType(value as FieldType)} allowDeselect={false} w={160} />
        </CreateForm>
      )}
      {fields.isPending ? (
        <Loading h={300} />
      ) : fields.error ? (
        <ErrorAlert error={fields.error} onRetry={() => void fields.refetch()} />
      ) : fields.data.data.length === 0 ? (
        <EmptyState icon={<IconForms size={26} />} title={t('fields.emptyTitle')} text={t('fields.emptyText')} />
      ) : (
        <Table.ScrollContainer minWidth={500}>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.label')}</Table.Th>
                <Table.Th>{t('fields.key')}</Table.Th>
                <Table.Th>{t('fields.type')}</Table.Th>
                {canManage && <Table.Th w={100} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.data.data.map((field) => (
                <Table.Tr key={field.id}>
                  <Table.Td>{field.label}</Table.Td>
                  <Table.Td>
                    <Code>{`%%${field.key}%%`}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {t(`fields.types.${field.type}`)}
                    </Badge>
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('actions.rename')}>
                          <ActionIcon variant="subtle" aria-label={t('catalog.renameOf', { name: field.label })} onClick={() => setRenaming(field)}>
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('actions.delete')}>
                          <ActionIcon variant="subtle" color="red" aria-label={t('catalog.deleteOf', { name: field.label })} onClick={() => setDeleting(field)}>
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
          title={t('catalog.renameOf', { name: renaming.label })}
          label={t('fields.label')}
          initial={renaming.label}
          field="label"
          save={async (value) => {
            await call(api.PATCH('/api/v1/fields/{id}', { params: { path: { id: renaming.id } }, body: { label: value } }));
            await refresh();
          }}
          onClose={() => setRenaming(null)}
        />
      )}
      {deleting && (
        <DeleteModal
          title={t('catalog.deleteOf', { name: deleting.label })}
          text={t('fields.deleteText')}
          remove={async () => {
            await call(api.DELETE('/api/v1/fields/{id}', { params: { path: { id: deleting.id } } }));
            await refresh();
          }}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}
