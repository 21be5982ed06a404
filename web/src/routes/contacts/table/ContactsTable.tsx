import { ActionIcon, Anchor, Badge, Checkbox, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../format/use-format';
import type { Contact } from '../data';

export interface ContactsTableProps {
  contacts: Contact[];
  selected: ReadonlySet<string>;
  onSelectedChange: (selected: Set<string>) => void;
}

/** One page of contacts with a checkbox each; names open the contact, the bubble its chat. */
export function ContactsTable({ contacts, selected, onSelectedChange }: ContactsTableProps) {
  const { t } = useTranslation('contacts');
  const format = useFormat();
  const allSelected = contacts.length > 0 && contacts.every((c) => selected.has(c.id));
  const someSelected = contacts.some((c) => selected.has(c.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectedChange(next);
  };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('table.selectAll')}
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                onChange={() => onSelectedChange(allSelected ? new Set() : new Set(contacts.map((c) => c.id)))}
              />
            </Table.Th>
            <Table.Th>{t('attributes.name')}</Table.Th>
            <Table.Th>{t('attributes.phone')}</Table.Th>
            <Table.Th>{t('attributes.email')}</Table.Th>
            <Table.Th>{t('attributes.tags')}</Table.Th>
            <Table.Th>{t('attributes.lists')}</Table.Th>
            <Table.Th>{t('table.lastMessage')}</Table.Th>
            <Table.Th w={50} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact) => {
            const label = contact.name || contact.phone;
            return (
              <Table.Tr key={contact.id} bg={selected.has(contact.id) ? 'var(--mantine-color-blue-light)' : undefined}>
                <Table.Td>
                  <Checkbox aria-label={t('table.select', { name: label })} checked={selected.has(contact.id)} onChange={() => toggle(contact.id)} />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/contacts/${contact.id}`} fw={500}>
                    {contact.name || t('table.noName')}
                  </Anchor>
                  {contact.blocked && (
                    <Badge color="red" variant="light" size="xs" ml="xs">
                      {t('attributes.blocked')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {contact.phone}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{contact.email ?? ''}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {contact.tags.map((tag) => (
                      <Badge key={tag} variant="light" size="sm">
                        {tag}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{contact.lists.map((l) => l.name).join(', ')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {contact.lastMessageAt ? format.relative(contact.lastMessageAt) : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={t('table.openChat')}>
                    <ActionIcon component={Link} to={`/inbox/${contact.id}`} variant="subtle" aria-label={t('table.openChatOf', { name: label })}>
                      <IconMessageCircle size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
