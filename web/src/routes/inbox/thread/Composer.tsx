import { ActionIcon, Box, Group, Menu, SegmentedControl, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconList, IconNote, IconPlus, IconSend, IconSquareRoundedPlus, IconTemplate } from '@tabler/icons-react';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui';
import { newIdempotencyKey } from '../idempotency-key';
import { useAddNote, useSendMessage, type SendBody } from '../queries';
import { isSendKey } from './composer-keys';
import { InteractiveModal, type InteractiveKind } from './InteractiveModal';

type Mode = 'message' | 'note';

export interface ComposerProps {
  contactId: string;
  /** Why messages cannot go now (window closed, contact blocked); notes can always be written. */
  sendBlockedReason: string | null;
}

/**
 * Writes to the customer (text, buttons, a list) or leaves an internal note.
 * Enter sends, Shift+Enter breaks the line.
 */
export function Composer({ contactId, sendBlockedReason }: ComposerProps) {
  const { t } = useTranslation('inbox');
  const [mode, setMode] = useState<Mode>('message');
  const [text, setText] = useState('');
  const [interactive, setInteractive] = useState<InteractiveKind | null>(null);
  const send = useSendMessage(contactId);
  const note = useAddNote(contactId);
  const noting = mode === 'note';
  const locked = !noting && sendBlockedReason !== null;
  const busy = noting ? note.isPending : send.isPending;

  const sendContent = (body: SendBody, onDone?: () => void) =>
    send.mutate({ body, idempotencyKey: newIdempotencyKey() }, { onSuccess: () => onDone?.() });

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const value = text.trim();
    if (!value || locked || busy) return;
    if (noting) note.mutate(value, { onSuccess: () => setText('') });
    else sendContent({ contactId, type: 'text', text: value }, () => setText(''));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!isSendKey(event)) return;
    event.preventDefault();
    submit();
  };

  const error = noting ? note.error : send.error;

  return (
    <>
      <Box component="form" onSubmit={submit} p="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} bg={noting ? 'yellow.0' : undefined}>
        <Stack gap="xs">
          {error && <ErrorAlert error={error} withCloseButton onClose={() => (noting ? note.reset() : send.reset())} />}
          <Group gap="xs" justify="space-between">
            <SegmentedControl
              size="xs"
              value={mode}
              onChange={(value) => setMode(value as Mode)}
              data={[
                { value: 'message', label: t('composer.reply') },
                { value: 'note', label: t('composer.note') },
              ]}
            />
            {locked && (
              <Text size="xs" c="dimmed">
                {sendBlockedReason}
              </Text>
            )}
          </Group>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            {!noting && (
              <Menu position="top-start" disabled={locked}>
                <Menu.Target>
                  <Tooltip label={t('composer.more')}>
                    <ActionIcon variant="subtle" size="lg" aria-label={t('composer.more')} disabled={locked}>
                      <IconPlus size={20} />
                    </ActionIcon>
                  </Tooltip>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconSquareRoundedPlus size={16} />} onClick={() => setInteractive('buttons')}>
                    {t('composer.buttons')}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconList size={16} />} onClick={() => setInteractive('list')}>
                    {t('composer.list')}
                  </Menu.Item>
                  {/* Templates: the API sends them (type "template") but has no list of approved templates yet;
                      a picker plugs in here once GET /templates exists, and works outside the 24-hour window too. */}
                  <Menu.Item leftSection={<IconTemplate size={16} />} disabled>
                    {t('composer.templatesSoon')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
            <Textarea
              style={{ flex: 1 }}
              autosize
              minRows={1}
              maxRows={6}
              aria-label={noting ? t('composer.noteLabel') : t('composer.label')}
              placeholder={locked ? t('composer.locked') : noting ? t('composer.notePlaceholder') : t('composer.placeholder')}
              value={text}
              disabled={locked}
              onChange={(event) => setText(event.currentTarget.value)}
              onKeyDown={onKeyDown}
            />
            <Tooltip label={noting ? t('composer.addNote') : t('composer.send')}>
              <ActionIcon
                type="submit"
                size="lg"
                color={noting ? 'yellow' : 'teal'}
                aria-label={noting ? t('composer.addNote') : t('composer.send')}
                disabled={locked || text.trim() === ''}
                loading={busy}
              >
                {noting ? <IconNote size={18} /> : <IconSend size={18} />}
              </ActionIcon>
            </Tooltip>
          </Group>
          <Text size="xs" c="dimmed">
            {t('composer.hint')}
          </Text>
        </Stack>
      </Box>
      {/* Outside the form: React events bubble through portals, and the dialog's submit must not send the draft too. */}
      <InteractiveModal
        kind={interactive}
        initialText={text}
        sending={send.isPending}
        error={send.error}
        onClose={() => setInteractive(null)}
        onSend={(content) =>
          sendContent({ contactId, ...content }, () => {
            setInteractive(null);
            setText('');
          })
        }
      />
    </>
  );
}
