import { Button, Center, Paper, PasswordInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import { applyLanguage, currentLanguage } from '../../i18n/i18n';
import { LANGUAGES, isLanguage } from '../../i18n/languages';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** Only paths inside the console are followed after signing in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/inbox';
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const signIn = useMutation<unknown, ApiError, { email: string; password: string }>({
    mutationFn: (credentials) => call(api.POST('/api/v1/auth/login', { body: credentials })),
    onSuccess: async () => {
      // Nothing cached for an earlier session may show in this one; the shell fetches the new user.
      queryClient.removeQueries();
      await navigate(safeNext(params.get('next')), { replace: true });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={400}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2">
                {t('signIn.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('signIn.subtitle')}
              </Text>
            </div>
            <TextInput label={t('signIn.email')} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <PasswordInput label={t('signIn.password')} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            {signIn.error && <ErrorAlert error={signIn.error} />}
            <Button type="submit" loading={signIn.isPending} disabled={!email.trim() || !password}>
              {t('signIn.submit')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('signIn.firstStart')}
            </Text>
            <SegmentedControl
              aria-label={t('signIn.language')}
              size="xs"
              data={LANGUAGES.map((value) => ({ value, label: value.toUpperCase() }))}
              value={currentLanguage()}
              onChange={(value) => isLanguage(value) && void applyLanguage(value)}
            />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
