import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../../../i18n/languages';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldErrorsOf } from '../field-errors';
import { useCreateUser } from './queries';
import { isRole, ROLES } from './roles';

/**
 * Creates a user with a first password the admin passes on; they change it
 * from their profile. The language starts as the account's default.
 */
export function NewUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('settings');
  const { account } = useSession();
  const accountLanguage: Language = isLanguage(account.defaultLanguage) ? account.defaultLanguage : 'en';
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('operator');
  const [language, setLanguage] = useState<Language>(accountLanguage);
  const create = useCreateUser();
  const errors = fieldErrorsOf(create.error);

  const close = () => {
    create.reset();
    setEmail('');
    setName('');
    setPassword('');
    setRole('operator');
    setLanguage(accountLanguage);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ email: email.trim(), name: name.trim(), password, role, language }, { onSuccess: close });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('users.new.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('users.fields.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} data-autofocus />
          <TextInput label={t('users.fields.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
          <PasswordInput
            label={t('users.fields.password')}
            description={t('users.new.passwordHint')}
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <Select
            label={t('users.fields.role')}
            description={t(`users.roleHints.${role}`)}
            data={ROLES.map((value) => ({ value, label: t(`common:user.roles.${value}`) }))}
            value={role}
            allowDeselect={false}
            onChange={(value) => isRole(value) && setRole(value)}
            error={errors.role}
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            label={t('users.fields.language')}
            data={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
            value={language}
            allowDeselect={false}
            onChange={(value) => isLanguage(value) && setLanguage(value)}
            error={errors.language}
            comboboxProps={{ withinPortal: false }}
          />
          {create.error && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('users.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
