import { ActionIcon, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui';
import { buildButtons, buildList, isProblem, LIMITS, type ButtonsContent, type ContentProblem, type ListContent } from '../interactive-content';

export type InteractiveKind = 'buttons' | 'list';

export interface InteractiveModalProps {
  kind: InteractiveKind | null;
  initialText: string;
  sending: boolean;
  error: unknown;
  onClose(): void;
  onSend(content: ButtonsContent | ListContent): void;
}

/** Composes a message with reply buttons (up to 3) or a list (up to 10 rows). */
export function InteractiveModal({ kind, onClose, ...props }: InteractiveModalProps) {
  const { t } = useTranslation('inbox');
  return (
    <Modal opened={kind !== null} onClose={onClose} title={kind === 'list' ? t('interactive.listTitle') : t('interactive.buttonsTitle')} size="lg">
      {/* Mounted per opening, so each message starts from the composer's text. */}
      {kind && <InteractiveForm key={kind} kind={kind} onClose={onClose} {...props} />}
    </Modal>
  );
}

function InteractiveForm({ kind, initialText, sending, error, onClose, onSend }: InteractiveModalProps & { kind: InteractiveKind }) {
  const { t } = useTranslation('inbox');
  const [text, setText] = useState(initialText);
  const [buttonText, setButtonText] = useState('');
  const [rows, setRows] = useState([{ title: '', description: '' }, { title: '', description: '' }]);
  const [problem, setProblem] = useState<ContentProblem | null>(null);
  const max = kind === 'buttons' ? LIMITS.buttons : LIMITS.rows;

  const submit = () => {
    const content = kind === 'buttons' ? buildButtons(text, rows.map((row) => row.title)) : buildList(text, buttonText, rows);
    if (isProblem(content)) return setProblem(content);
    setProblem(null);
    onSend(content);
  };
  const setRow = (index: number, change: Partial<{ title: string; description: string }>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        event.stopPropagation();
        submit();
      }}
    >
      <Stack gap="sm">
        <Textarea label={t('interactive.text')} autosize minRows={2} maxRows={8} required value={text} onChange={(e) => setText(e.currentTarget.value)} />
        {kind === 'list' && (
          <TextInput
            label={t('interactive.listButton')}
            description={t('interactive.listButtonHint')}
            required
            maxLength={LIMITS.listButton}
            value={buttonText}
            onChange={(e) => setButtonText(e.currentTarget.value)}
          />
        )}
        <Text size="sm" fw={500}>
          {kind === 'buttons' ? t('interactive.buttons', { max }) : t('interactive.rows', { max })}
        </Text>
        {rows.map((row, index) => (
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              aria-label={t('interactive.optionTitle', { n: index + 1 })}
              placeholder={t('interactive.optionTitle', { n: index + 1 })}
              maxLength={kind === 'buttons' ? LIMITS.buttonTitle : LIMITS.rowTitle}
              value={row.title}
              onChange={(e) => setRow(index, { title: e.currentTarget.value })}
            />
            {kind === 'list' && (
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('interactive.optionDescription', { n: index + 1 })}
                placeholder={t('interactive.optionDescription', { n: index + 1 })}
                maxLength={LIMITS.rowDescription}
                value={row.description}
                onChange={(e) => setRow(index, { description: e.currentTarget.value })}
              />
            )}
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('interactive.remove', { n: index + 1 })}
              disabled={rows.length === 1}
              onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {rows.length < max && (
          <div>
            <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setRows((current) => [...current, { title: '', description: '' }])}>
              {t('interactive.add')}
            </Button>
          </div>
        )}
        {problem && (
          <Text c="red" size="sm" role="alert">
            {t(`interactive.problems.${problem.key}`, problem)}
          </Text>
        )}
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('interactive.cancel')}
          </Button>
          <Button type="submit" loading={sending}>
            {t('interactive.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
