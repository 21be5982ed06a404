import { ActionIcon, Button, Fieldset, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StepMessage } from '../../model/types';

type MessageType = StepMessage['type'];
const MEDIA_KINDS = ['image', 'video', 'audio', 'document', 'sticker'] as const;

/** A message of its own kind, keeping the text when the kind changes. */
function messageOfType(type: MessageType, previous: StepMessage): StepMessage {
  const text = 'text' in previous ? previous.text : '';
  switch (type) {
    case 'text':
      return { type, text };
    case 'buttons':
      return { type, text, buttons: [{ title: '' }] };
    case 'list':
      return { type, text, buttonText: '', sections: [{ rows: [{ title: '' }] }] };
    case 'media':
      return { type, media: { kind: 'image', url: '' } };
  }
}

/** The message a send-message step sends: text, reply buttons, a list, or media. */
export function MessageForm({ message, onChange }: { message: StepMessage; onChange: (message: StepMessage) => void }) {
  const { t } = useTranslation('automations');
  return (
    <Stack gap="sm">
      <Select
        label={t('form.messageType')}
        data={(['text', 'buttons', 'list', 'media'] as const).map((type) => ({ value: type, label: t(`messageTypes.${type}`) }))}
        value={message.type}
        allowDeselect={false}
        onChange={(type) => type && type !== message.type && onChange(messageOfType(type as MessageType, message))}
      />
      {message.type !== 'media' && (
        <Textarea
          label={t('form.text')}
          description={t('form.placeholdersHint')}
          required
          autosize
          minRows={3}
          value={message.text}
          onChange={(e) => onChange({ ...message, text: e.currentTarget.value })}
        />
      )}
      {message.type === 'buttons' && (
        <Fieldset legend={t('form.buttons')}>
          <Stack gap="xs">
            {message.buttons.map((button, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  label={t('form.buttonTitle', { n: i + 1 })}
                  required
                  maxLength={20}
                  value={button.title}
                  onChange={(e) => onChange({ ...message, buttons: message.buttons.map((b, j) => (j === i ? { ...b, title: e.currentTarget.value } : b)) })}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  disabled={message.buttons.length === 1}
                  aria-label={t('form.removeButton', { n: i + 1 })}
                  onClick={() => onChange({ ...message, buttons: message.buttons.filter((_, j) => j !== i) })}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            {message.buttons.length < 3 && (
              <div>
                <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onChange({ ...message, buttons: [...message.buttons, { title: '' }] })}>
                  {t('form.addButton')}
                </Button>
              </div>
            )}
          </Stack>
        </Fieldset>
      )}
      {message.type === 'list' && (
        <>
          <TextInput label={t('form.listButtonText')} required maxLength={20} value={message.buttonText} onChange={(e) => onChange({ ...message, buttonText: e.currentTarget.value })} />
          {message.sections.map((section, s) => (
            <Fieldset key={s} legend={t('form.section', { n: s + 1 })}>
              <Stack gap="xs">
                <TextInput
                  label={t('form.sectionTitle')}
                  maxLength={24}
                  value={section.title ?? ''}
                  onChange={(e) =>
                    onChange({ ...message, sections: message.sections.map((x, j) => (j === s ? { ...x, title: e.currentTarget.value || undefined } : x)) })
                  }
                />
                {section.rows.map((row, r) => {
                  const setRow = (patch: Partial<typeof row>) =>
                    onChange({
                      ...message,
                      sections: message.sections.map((x, j) => (j === s ? { ...x, rows: x.rows.map((y, k) => (k === r ? { ...y, ...patch } : y)) } : x)),
                    });
                  return (
                    <Group key={r} gap="xs" wrap="nowrap" align="flex-end">
                      <TextInput label={t('form.rowTitle', { n: r + 1 })} required maxLength={24} value={row.title} onChange={(e) => setRow({ title: e.currentTarget.value })} style={{ flex: 1 }} />
                      <TextInput
                        label={t('form.rowDescription')}
                        maxLength={72}
                        value={row.description ?? ''}
                        onChange={(e) => setRow({ description: e.currentTarget.value || undefined })}
                        style={{ flex: 1 }}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        mb={4}
                        disabled={section.rows.length === 1}
                        aria-label={t('form.removeRow', { n: r + 1 })}
                        onClick={() => onChange({ ...message, sections: message.sections.map((x, j) => (j === s ? { ...x, rows: x.rows.filter((_, k) => k !== r) } : x)) })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  );
                })}
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => onChange({ ...message, sections: message.sections.map((x, j) => (j === s ? { ...x, rows: [...x.rows, { title: '' }] } : x)) })}
                  >
                    {t('form.addListRow')}
                  </Button>
                  {message.sections.length > 1 && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => onChange({ ...message, sections: message.sections.filter((_, j) => j !== s) })}>
                      {t('form.removeSection')}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Fieldset>
          ))}
          <div>
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onChange({ ...message, sections: [...message.sections, { rows: [{ title: '' }] }] })}>
              {t('form.addSection')}
            </Button>
          </div>
        </>
      )}
      {message.type === 'media' && (
        <>
          <Select
            label={t('form.mediaKind')}
            data={MEDIA_KINDS.map((kind) => ({ value: kind, label: t(`mediaKinds.${kind}`) }))}
            value={message.media.kind}
            allowDeselect={false}
            onChange={(kind) => kind && onChange({ ...message, media: { ...message.media, kind: kind as (typeof MEDIA_KINDS)[number] } })}
          />
          <TextInput label={t('form.mediaUrl')} required value={message.media.url ?? ''} onChange={(e) => onChange({ ...message, media: { ...message.media, url: e.currentTarget.value } })} />
          <TextInput
            label={t('form.caption')}
            value={message.media.caption ?? ''}
            onChange={(e) => onChange({ ...message, media: { ...message.media, caption: e.currentTarget.value || undefined } })}
          />
          {message.media.kind === 'document' && (
            <TextInput
              label={t('form.filename')}
              value={message.media.filename ?? ''}
              onChange={(e) => onChange({ ...message, media: { ...message.media, filename: e.currentTarget.value || undefined } })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
