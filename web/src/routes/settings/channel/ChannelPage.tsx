import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBrandWhatsapp, IconDeviceMobileMessage, IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sandboxPhoneAvailable } from '../../../shell/nav-items';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ChannelCard } from './ChannelCard';
import { CloudChannelModal } from './CloudChannelModal';
import { useChannels, useCreateChannel, type Channel } from './queries';

/**
 * /settings/channel: the account's WhatsApp numbers. A Meta Cloud API number
 * is connected with its credentials; a sandbox number needs none and talks to
 * the sandbox phone.
 */
export function ChannelPage() {
  const { t } = useTranslation('settings');
  const channels = useChannels();
  const createSandbox = useCreateChannel();
  // undefined: closed; null: connecting a new number; a channel: changing its credentials.
  const [editing, setEditing] = useState<Channel | null | undefined>(undefined);

  const addSandbox = () =>
    createSandbox.mutate(
      { kind: 'sandbox' },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('channel.sandboxAdded') }),
        onError: (error) => notifications.show({ color: 'red', title: t('common:errors.title'), message: error.message }),
      },
    );

  const actions = (
    <>
      {sandboxPhoneAvailable() && (
        <Button variant="default" leftSection={<IconDeviceMobileMessage size={16} />} loading={createSandbox.isPending} onClick={addSandbox}>
          {t('channel.addSandbox')}
        </Button>
      )}
      <Button leftSection={<IconPlugConnected size={16} />} onClick={() => setEditing(null)}>
        {t('channel.connectMeta')}
      </Button>
    </>
  );

  return (
    <>
      <PageHeader title={t('channel.title')} description={t('channel.description')} actions={actions} />
      {channels.isPending ? (
        <Loading h={320} />
      ) : channels.error ? (
        <ErrorAlert error={channels.error} onRetry={() => void channels.refetch()} />
      ) : channels.data.data.length === 0 ? (
        <EmptyState icon={<IconBrandWhatsapp size={26} />} title={t('channel.empty.title')} text={t('channel.empty.text')} />
      ) : (
        <Stack maw={900}>
          {channels.data.data.map((channel) => (
            <ChannelCard key={channel.id} channel={channel} onEdit={() => setEditing(channel)} />
          ))}
        </Stack>
      )}
      <CloudChannelModal opened={editing !== undefined} channel={editing ?? undefined} onClose={() => setEditing(undefined)} />
    </>
  );
}
