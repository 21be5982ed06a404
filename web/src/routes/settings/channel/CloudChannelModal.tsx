import { Button, Group, Modal, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldErrorsOf } from '../field-errors';
import { channelChangeBody, draftFromChannel, EMPTY_CREDENTIALS, newChannelBody, type CloudCredentialsDraft } from './cloud-credentials';
import { useCreateChannel, useUpdateChannel, type Channel } from './queries';

/**
 * Connects a number of Meta's WhatsApp Cloud API with its credentials, or
 * changes those of a connected one (`channel`).
 */
export function CloudChannelModal({ opened, channel, onClose }: { opened: boolean; channel?: Channel; onClose: () => void }) {
  const { t } = useTranslation('settings');
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t(channel ? 'channel.cloud.editTitle' : 'channel.cloud.newTitle')}>
      {/* Remounted on each opening, so the form starts from the saved values. */}
      {opened && <CloudChannelForm channel={channel} onDone={onClose} />}
    </Modal>
  );
}

function CloudChannelForm({ channel, onDone }: { channel?: Channel; onDone: () => void }) {
  const { t } = useTranslation('settings');
  const [draft, setDraft] = useState<CloudCredentialsDraft>(() => (channel ? draftFromChannel(channel) : EMPTY_CREDENTIALS));
  const create = useCreateChannel();
  const update = useUpdateChannel();
  const mutation = channel ? update : create;
  const errors = fieldErrorsOf(mutation.error);
  const field = (key: keyof CloudCredentialsDraft) => ({
    value: draft[key],
    onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: e.currentTarget.value }),
    error: errors[key],
  });

  const done = () => {
    notifications.show({ color: 'green', message: t(channel ? 'channel.cloud.saved' : 'channel.cloud.connected') });
    onDone();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (channel) update.mutate({ id: channel.id, change: channelChangeBody(channel, draft) }, { onSuccess: done });
    else create.mutate(newChannelBody(draft), { onSuccess: done });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('channel.fields.name')} description={t('channel.fields.nameHint')} required {...field('name')} data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('channel.fields.phoneNumberId')}
            description={t(channel ? 'channel.fields.phoneNumberIdFixed' : 'channel.fields.phoneNumberIdHint')}
            required
            inputMode="numeric"
            disabled={Boolean(channel)}
            {...field('phoneNumberId')}
          />
          <TextInput label={t('channel.fields.wabaId')} description={t('channel.fields.wabaIdHint')} required inputMode="numeric" {...field('wabaId')} />
        </SimpleGrid>
        <TextInput label={t('channel.fields.displayPhoneNumber')} placeholder="+39 02 1234 5678" required {...field('displayPhoneNumber')} />
        <PasswordInput
          label={t('channel.fields.accessToken')}
          description={t(channel ? 'channel.fields.keepSecret' : 'channel.fields.accessTokenHint')}
          required={!channel}
          {...field('accessToken')}
        />
        <PasswordInput
          label={t('channel.fields.appSecret')}
          description={t(channel ? 'channel.fields.keepSecret' : 'channel.fields.appSecretHint')}
          required={!channel}
          {...field('appSecret')}
        />
        <TextInput label={t('channel.fields.verifyToken')} description={t('channel.fields.verifyTokenHint')} {...field('verifyToken')} />
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t(channel ? 'channel.cloud.save' : 'channel.cloud.connect')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
