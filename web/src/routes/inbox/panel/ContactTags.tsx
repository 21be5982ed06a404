import { Autocomplete, Badge, CloseButton, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui';
import { useTagContact, useTags } from '../queries';
import type { Contact } from '../types';
import { PanelSection } from './PanelSection';

/** The contact's tags: take one off, or add one (a new name creates the tag). */
export function ContactTags({ contact }: { contact: Contact }) {
  const { t } = useTranslation('inbox');
  const tags = useTags();
  const change = useTagContact(contact.id);
  const [draft, setDraft] = useState('');
  const suggestions = (tags.data?.data ?? []).map((tag) => tag.name).filter((name) => !contact.tags.includes(name));

  const add = (name: string) => {
    const tag = name.trim();
    if (!tag || contact.tags.includes(tag)) return setDraft('');
    change.mutate({ tag, add: true }, { onSuccess: () => setDraft('') });
  };

  return (
    <PanelSection title={t('panel.tags')}>
      {contact.tags.length === 0 ? (
        <Text size="sm" c="dimmed">{t('panel.noTags')}</Text>
      ) : (
        <Group gap={4}>
          {contact.tags.map((tag) => (
            <Badge
              key={tag}
              variant="light"
              tt="none"
              pr={3}
              rightSection={
                <CloseButton size="xs" variant="transparent" aria-label={t('panel.removeTag', { tag })} onClick={() => change.mutate({ tag, add: false })} />
              }
            >
              {tag}
            </Badge>
          ))}
        </Group>
      )}
      <Autocomplete
        size="xs"
        aria-label={t('panel.addTag')}
        placeholder={t('panel.addTag')}
        data={suggestions}
        value={draft}
        onChange={setDraft}
        onOptionSubmit={add}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add(draft);
          }
        }}
        disabled={change.isPending}
      />
      {change.error && <ErrorAlert error={change.error} withCloseButton onClose={change.reset} />}
    </PanelSection>
  );
}
