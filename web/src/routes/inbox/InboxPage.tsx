import { Box, Button, Drawer, Paper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDeviceMobileMessage } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { sandboxPhoneAvailable } from '../../shell/nav-items';
import { PageHeader } from '../../ui';
import { ChatThread } from './thread/ChatThread';
import { ThreadPlaceholder } from './thread/ThreadPlaceholder';
import { ContactPanel } from './panel/ContactPanel';
import { ConversationList } from './list/ConversationList';
import { useConversations } from './queries';
import { sandboxPhoneUrl } from './sandbox-phone';
import type { ConversationFilters } from './types';

/** Mantine's sm (the shell's burger) and lg: below sm one column at a time, below lg the contact panel is a drawer. */
const PHONE = '(max-width: 48em)';
const WIDE = '(min-width: 75em)';
/** The header, the page padding and the page title: the inbox fills the rest of the screen. */
const BOARD_HEIGHT = 'calc(100dvh - 56px - 2 * var(--mantine-spacing-md) - 76px)';

/**
 * The inbox: conversations on the left, the open chat in the middle, the
 * contact's panel on the right. On a phone the list and the chat take turns
 * and the panel opens over the chat.
 */
export function InboxPage() {
  const { t } = useTranslation('inbox');
  const { contactId } = useParams();
  // Read at the first render, so the columns do not rearrange themselves once the page is on screen.
  const phone = useMediaQuery(PHONE, undefined, { getInitialValueInEffect: false }) ?? false;
  const wide = useMediaQuery(WIDE, undefined, { getInitialValueInEffect: false }) ?? true;
  const [filters, setFilters] = useState<Omit<ConversationFilters, 'cursor' | 'limit'>>({});
  const [panelFor, setPanelFor] = useState<string | null>(null);
  const conversations = useConversations(filters);
  const open = contactId ? conversations.data?.pages.flatMap((p) => p.data).find((c) => c.contact.id === contactId) : undefined;

  const showList = !phone || !contactId;
  const showThread = !!contactId;
  const panelInline = wide && !!contactId;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={phone ? undefined : t('description')}
        actions={
          sandboxPhoneAvailable() ? (
            <Button component="a" href={sandboxPhoneUrl()} target="_blank" rel="noopener" variant="light" leftSection={<IconDeviceMobileMessage size={18} />}>
              {t('sandboxPhone')}
            </Button>
          ) : undefined
        }
      />
      <Paper withBorder radius="md" h={BOARD_HEIGHT} mih={480} style={{ display: 'flex', overflow: 'hidden' }}>
        {showList && (
          <Box w={phone ? '100%' : 320} style={{ flexShrink: 0, borderRight: phone ? undefined : '1px solid var(--mantine-color-default-border)', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
            <ConversationList query={conversations} filters={filters} onFiltersChange={setFilters} selectedId={contactId ?? null} />
          </Box>
        )}
        {showThread && contactId && (
          <Box style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', minHeight: 0 }}>
            <ChatThread
              key={contactId}
              contactId={contactId}
              unreadCount={open?.unreadCount ?? 0}
              showBack={phone}
              onShowDetails={panelInline ? undefined : () => setPanelFor(contactId)}
            />
          </Box>
        )}
        {!showThread && !phone && <ThreadPlaceholder />}
        {panelInline && (
          <Box w={320} style={{ flexShrink: 0, borderLeft: '1px solid var(--mantine-color-default-border)', overflowY: 'auto' }}>
            <ContactPanel key={contactId} contactId={contactId} />
          </Box>
        )}
      </Paper>
      <Drawer opened={!panelInline && !!contactId && panelFor === contactId} onClose={() => setPanelFor(null)} position="right" size={phone ? '100%' : 360} title={t('panel.title')}>
        {contactId && <ContactPanel contactId={contactId} />}
      </Drawer>
    </>
  );
}
