import { Modal, Select, Stack, Switch } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { api, call } from '../api/client';
import type { BodyOf, User } from '../api/types';
import { useSession, useUpdateSessionUser } from '../auth/session';
import { applyLanguage } from '../i18n/i18n';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../i18n/languages';
import { ErrorAlert } from '../ui/ErrorAlert';

type ProfileChange = BodyOf<'/api/v1/me', 'patch'>;

/** The user's own settings, saved as soon as they change (PATCH /api/v1/me). */
export function ProfileModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const updateSessionUser = useUpdateSessionUser();
  const save = useMutation<User, ApiError, ProfileChange>({
    mutationFn: (change) => call(api.PATCH('/api/v1/me', { body: change })),
    onSuccess: async (saved) => {
      updateSessionUser(saved);
      await applyLanguage(saved.language);
    },
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('profile.title')}>
      <Stack>
        <Select
          label={t('profile.language')}
          description={t('profile.languageHint')}
          data={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
          value={user.language}
          allowDeselect={false}
          disabled={save.isPending}
          onChange={(value) => isLanguage(value) && save.mutate({ language: value })}
          comboboxProps={{ withinPortal: false }}
        />
        <Switch
          label={t('profile.ticketEmails')}
          description={t('profile.ticketEmailsHint')}
          checked={user.receiveTicketEmails}
          disabled={save.isPending}
          onChange={(event) => save.mutate({ receiveTicketEmails: event.currentTarget.checked })}
        />
        {save.error && <ErrorAlert error={save.error} />}
      </Stack>
    </Modal>
  );
}
