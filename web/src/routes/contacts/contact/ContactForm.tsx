import { Autocomplete, Badge, Button, Grid, Group, MultiSelect, Paper, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { useFormat } from '../../../format/use-format';
import { ErrorAlert } from '../../../ui';
import { useLists, useTags, type Contact, type FieldDefinition } from '../data';
import { fieldErrorsOf } from '../field-errors';
import { FieldValueInput } from '../FieldValueInput';
import { contactPatch, formValuesOf, type ContactFormValues } from './contact-form';

const LANGUAGE_SUGGESTIONS = ['it', 'en', 'es', 'fr', 'de', 'pt'];

/** The contact's editable data; the server's complaints appear under the inputs they concern. */
export function ContactForm({ contact, definitions }: { contact: Contact; definitions: FieldDefinition[] }) {
  const { t } = useTranslation('contacts');
  const format = useFormat();
  const queryClient = useQueryClient();
  const tags = useTags();
  const lists = useLists();
  const [values, setValues] = useState<ContactFormValues>(() => formValuesOf(contact, definitions));
  const patch = contactPatch(contact, definitions, values);
  const dirty = Object.keys(patch).length > 0;

  const save = useMutation({
    mutationFn: (body: BodyOf<'/api/v1/contacts/{id}', 'patch'>) => call(api.PATCH('/api/v1/contacts/{id}', { params: { path: { id: contact.id } }, body })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['contacts', contact.id], saved);
      setValues(formValuesOf(saved, definitions));
      notifications.show({ color: 'green', message: t('contact.saved') });
      await Promise.all(['tags', 'lists'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
      await queryClient.invalidateQueries({ queryKey: ['contacts'], predicate: (q) => q.queryKey[1] !== contact.id });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const known = new Set(['phone', 'name', 'email', 'language', 'tags', 'lists', 'marketingOptIn', ...definitions.map((d) => `fields.${d.key}`)]);
  const placed = Object.keys(errors).some((field) => known.has(field));
  const set = <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (dirty) save.mutate(patch);
      }}
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('contact.details')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('attributes.phone')} value={values.phone} onChange={(e) => set('phone', e.currentTarget.value)} error={errors.phone} required />
                <TextInput label={t('attributes.name')} value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} />
                <TextInput label={t('attributes.email')} type="email" value={values.email} onChange={(e) => set('email', e.currentTarget.value)} error={errors.email} />
                <Autocomplete
                  label={t('attributes.language')}
                  description={t('contact.languageHint')}
                  data={LANGUAGE_SUGGESTIONS}
                  value={values.language}
                  onChange={(value) => set('language', value)}
                  error={errors.language}
                />
              </SimpleGrid>
              <Switch
                mt="md"
                label={t('attributes.marketingOptIn')}
                checked={values.marketingOptIn}
                onChange={(e) => set('marketingOptIn', e.currentTarget.checked)}
                error={errors.marketingOptIn}
              />
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('contact.fields')}
              </Title>
              {definitions.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('contact.noFields')}
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {definitions.map((d) => (
                    <FieldValueInput
                      key={d.key}
                      type={d.type}
                      label={d.label}
                      description={`%%${d.key}%%`}
                      value={values.fields[d.key] ?? ''}
                      onChange={(value) => set('fields', { ...values.fields, [d.key]: value })}
                      error={errors[`fields.${d.key}`]}
                    />
                  ))}
                </SimpleGrid>
              )}
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('contact.tagsAndLists')}
              </Title>
              <Stack>
                <TagsInput
                  label={t('attributes.tags')}
                  description={t('contact.tagsHint')}
                  data={tags.data?.data.map((tag) => tag.name) ?? []}
                  value={values.tags}
                  onChange={(value) => set('tags', value)}
                  error={errors.tags}
                  clearable
                />
                <MultiSelect
                  label={t('attributes.lists')}
                  data={lists.data?.data.map((list) => ({ value: list.id, label: list.name })) ?? []}
                  value={values.lists}
                  onChange={(value) => set('lists', value)}
                  error={errors.lists}
                  nothingFoundMessage={t('contact.noLists')}
                  searchable
                  clearable
                />
              </Stack>
            </Paper>
            {save.error && !placed && <ErrorAlert error={save.error} />}
            <Group>
              <Button type="submit" disabled={!dirty} loading={save.isPending}>
                {t('actions.save')}
              </Button>
              <Button
                variant="default"
                disabled={!dirty || save.isPending}
                onClick={() => {
                  save.reset();
                  setValues(formValuesOf(contact, definitions));
                }}
              >
                {t('actions.discard')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('contact.summary')}
              </Title>
              {contact.blocked && (
                <Badge color="red" variant="light">
                  {t('attributes.blocked')}
                </Badge>
              )}
              <Info label={t('contact.createdAt')} value={format.date(contact.createdAt, 'dateTime')} />
              <Info label={t('contact.lastMessageAt')} value={contact.lastMessageAt ? format.date(contact.lastMessageAt, 'dateTime') : '—'} />
              <Info label={t('contact.lastInboundAt')} value={contact.lastInboundAt ? format.date(contact.lastInboundAt, 'dateTime') : '—'} />
              <Info
                label={t('attributes.marketingOptIn')}
                value={contact.marketingOptIn ? `${t('fieldInput.yes')}${contact.marketingOptInSource ? ` (${contact.marketingOptInSource})` : ''}` : t('fieldInput.no')}
              />
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </form>
  );
}

function Info({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
