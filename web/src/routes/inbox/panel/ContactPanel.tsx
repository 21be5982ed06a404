import { Anchor, Badge, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconDeviceMobileMessage, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sandboxPhoneAvailable } from '../../../shell/nav-items';
import { ErrorAlert, Loading } from '../../../ui';
import { useContact } from '../queries';
import { sandboxPhoneUrl } from '../sandbox-phone';
import { BlockAction } from './BlockAction';
import { ContactAutomations } from './ContactAutomations';
import { ContactDetails } from './ContactDetails';
import { ContactOperators } from './ContactOperators';
import { ContactTags } from './ContactTags';
import { ContactTickets } from './ContactTickets';
import { PanelSection } from './PanelSection';

/** Beside the chat: who the contact is and what is going on with them, with the actions the user's role allows. */
export function ContactPanel({ contactId }: { contactId: string }) {
  const { t } = useTranslation('inbox');
  const contact = useContact(contactId);
  if (contact.isPending) return <Loading h={400} />;
  if (contact.isError) return <ErrorAlert m="sm" error={contact.error} onRetry={() => void contact.refetch()} />;
  const c = contact.data;

  return (
    <Stack gap="md" p="md" aria-label={t('panel.title')}>
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
            {c.name ?? c.phone}
          </Title>
          {c.blocked && <Badge color="red" variant="light">{t('blocked')}</Badge>}
        </Group>
        {c.name && <Text size="sm">{c.phone}</Text>}
        <Group gap="md">
          <Anchor component={Link} to={`/contacts/${c.id}`} size="sm">
            {t('panel.contactPage')}
          </Anchor>
          {sandboxPhoneAvailable() && (
            <Anchor href={sandboxPhoneUrl(c)} target="_blank" rel="noopener" size="sm">
              <Group gap={4} component="span" wrap="nowrap">
                <IconDeviceMobileMessage size={14} />
                {t('panel.writeAsCustomer')}
                <IconExternalLink size={12} />
              </Group>
            </Anchor>
          )}
        </Group>
      </Stack>
      <ContactDetails contact={c} />
      <Divider />
      <ContactTags contact={c} />
      <PanelSection title={t('panel.lists')}>
        {c.lists.length === 0 ? (
          <Text size="sm" c="dimmed">{t('panel.noLists')}</Text>
        ) : (
          <Group gap={4}>
            {c.lists.map((list) => (
              <Badge key={list.id} variant="outline" color="gray" tt="none">
                {list.name}
              </Badge>
            ))}
          </Group>
        )}
      </PanelSection>
      <ContactOperators contact={c} />
      <Divider />
      <ContactTickets contactId={c.id} />
      <ContactAutomations contactId={c.id} />
      <Divider />
      <BlockAction contact={c} />
    </Stack>
  );
}
