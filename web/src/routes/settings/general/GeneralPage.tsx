import { Button, Card, Group, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/api-error';
import { api, call } from '../../../api/client';
import { ME_QUERY_KEY } from '../../../api/query-client';
import type { Account, BodyOf } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../../../i18n/languages';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { fieldErrorsOf } from '../field-errors';
import { TimeZoneSelect } from '../TimeZoneSelect';
import { WORKING_HOURS_KEY } from '../working-hours/queries';

type AccountChange = BodyOf<'/api/v1/account', 'patch'>;

/** /settings/general: the account's name, time zone and default language (PATCH /api/v1/account). */
export function GeneralPage() {
  const { t } = useTranslation('settings');
  const { account } = useSession();
  return (
    <>
      <PageHeader title={t('general.title')} description={t('general.description')} />
      {/* The session already holds the account: no loading state of its own. */}
      <AccountForm key={account.id} account={account} />
    </>
  );
}

function AccountForm({ account }: { account: Account }) {
  const { t } = useTranslation('settings');
  const queryClient = useQueryClient();
  const [name, setName] = useState(account.name);
  const [timezone, setTimezone] = useState(account.timezone);
  const [language, setLanguage] = useState<Language>(isLanguage(account.defaultLanguage) ? account.defaultLanguage : 'en');
  const save = useMutation<Account, ApiError, AccountChange>({
    mutationFn: (body) => call(api.PATCH('/api/v1/account', { body })),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('general.saved') });
      // The time zone is also the working hours' one.
      await Promise.all([queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }), queryClient.invalidateQueries({ queryKey: WORKING_HOURS_KEY })]);
    },
  });
  const errors = fieldErrorsOf(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name: name.trim(), timezone, defaultLanguage: language });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Card withBorder padding="lg" maw={560}>
        <Stack>
          <TextInput label={t('general.name')} description={t('general.nameHint')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
          <TimeZoneSelect label={t('general.timezone')} description={t('general.timezoneHint')} value={timezone} onChange={setTimezone} error={errors.timezone} />
          <Select
            label={t('general.defaultLanguage')}
            description={t('general.defaultLanguageHint')}
            data={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
            value={language}
            allowDeselect={false}
            onChange={(value) => isLanguage(value) && setLanguage(value)}
            error={errors.defaultLanguage}
          />
          {save.error && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('general.save')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </form>
  );
}
