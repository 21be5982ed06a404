import { Badge, CloseButton, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../auth/session';
import { ErrorAlert } from '../../../ui';
import { useAssignOperator, useUsers } from '../queries';
import type { Contact } from '../types';
import { PanelSection } from './PanelSection';

/** Who handles this chat; admins and operators assign and unassign (chat operators only see). */
export function ContactOperators({ contact }: { contact: Contact }) {
  const { t } = useTranslation('inbox');
  const canAssign = useCan('contacts.assignOperators');
  const users = useUsers();
  const change = useAssignOperator(contact.id);
  const all = users.data?.data ?? [];
  const nameOf = (id: string) => all.find((user) => user.id === id)?.name ?? t('sender.user');
  const assignable = all.filter((user) => !user.disabled && !contact.operatorIds.includes(user.id));

  return (
    <PanelSection title={t('panel.operators')}>
      {contact.operatorIds.length === 0 ? (
        <Text size="sm" c="dimmed">{t('panel.noOperators')}</Text>
      ) : (
        <Group gap={4}>
          {contact.operatorIds.map((id) => (
            <Badge
              key={id}
              variant="outline"
              color="gray"
              tt="none"
              pr={canAssign ? 3 : undefined}
              rightSection={
                canAssign ? (
                  <CloseButton size="xs" variant="transparent" aria-label={t('panel.unassign', { name: nameOf(id) })} onClick={() => change.mutate({ userId: id, assign: false })} />
                ) : undefined
              }
            >
              {nameOf(id)}
            </Badge>
          ))}
        </Group>
      )}
      {canAssign && (
        <Select
          size="xs"
          aria-label={t('panel.assign')}
          placeholder={t('panel.assign')}
          searchable
          data={assignable.map((user) => ({ value: user.id, label: user.name }))}
          value={null}
          onChange={(userId) => userId && change.mutate({ userId, assign: true })}
          disabled={change.isPending}
          nothingFoundMessage={t('panel.nobodyToAssign')}
        />
      )}
      {change.error && <ErrorAlert error={change.error} withCloseButton onClose={change.reset} />}
    </PanelSection>
  );
}
