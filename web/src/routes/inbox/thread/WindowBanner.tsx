import { Alert, Text } from '@mantine/core';
import { IconBan, IconClockOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import type { CustomerWindow } from '../customer-window';

/**
 * Why the composer is closed: the contact is blocked, or the customer last
 * wrote 24 hours ago or more (or never), when WhatsApp takes templates only.
 * Nothing while messages can go.
 */
export function WindowBanner({ window, blocked }: { window: CustomerWindow; blocked: boolean }) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  if (blocked) {
    return (
      <Alert color="red" variant="light" icon={<IconBan size={18} />} title={t('window.blockedTitle')} radius={0}>
        <Text size="sm">{t('window.blockedText')}</Text>
      </Alert>
    );
  }
  if (window.open) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconClockOff size={18} />} title={t('window.closedTitle')} radius={0}>
      <Text size="sm">
        {window.lastInboundAt
          ? t('window.closedSince', { date: format.date(window.lastInboundAt, 'dateTime') })
          : t('window.neverWrote')}{' '}
        {t('window.templatesOnly')}
      </Text>
    </Alert>
  );
}
