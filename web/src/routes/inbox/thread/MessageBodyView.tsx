import { Anchor, Badge, Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconFile, IconHeadphones, IconList, IconMapPin, IconMovie, IconPhoto, IconSticker, IconTemplate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MediaKind, MessageBody } from '../message-content';

const MEDIA_ICONS: Record<MediaKind, typeof IconPhoto> = {
  image: IconPhoto,
  video: IconMovie,
  audio: IconHeadphones,
  document: IconFile,
  sticker: IconSticker,
};

function Paragraph({ text }: { text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

/** The content of one message: text, media, buttons, lists, templates, locations, taps. */
export function MessageBodyView({ body }: { body: MessageBody }) {
  const { t } = useTranslation('inbox');
  switch (body.kind) {
    case 'text':
      return <Paragraph text={body.text} />;
    case 'buttons':
      return (
        <Stack gap={6}>
          {body.header && <Text fw={700} size="sm">{body.header}</Text>}
          <Paragraph text={body.text} />
          {body.footer && <Text size="xs" c="dimmed">{body.footer}</Text>}
          <Stack gap={4} aria-label={t('message.buttons')}>
            {body.buttons.map((title) => (
              <Button key={title} size="compact-sm" variant="default" fullWidth tabIndex={-1} style={{ pointerEvents: 'none' }}>
                {title}
              </Button>
            ))}
          </Stack>
        </Stack>
      );
    case 'list':
      return (
        <Stack gap={6}>
          {body.header && <Text fw={700} size="sm">{body.header}</Text>}
          <Paragraph text={body.text} />
          {body.footer && <Text size="xs" c="dimmed">{body.footer}</Text>}
          <Group gap={4} c="teal.8">
            <IconList size={14} />
            <Text size="sm" fw={600}>{body.buttonText}</Text>
          </Group>
          <Box component="ul" m={0} pl="md">
            {body.sections.flatMap((section) =>
              section.rows.map((row) => (
                <li key={`${section.title ?? ''}:${row.title}`}>
                  <Text size="xs">
                    {row.title}
                    {row.description && <Text span c="dimmed" size="xs">{` — ${row.description}`}</Text>}
                  </Text>
                </li>
              )),
            )}
          </Box>
        </Stack>
      );
    case 'media': {
      const Icon = MEDIA_ICONS[body.media];
      const label = body.filename ?? t(`media.${body.media}`);
      return (
        <Stack gap={4}>
          <Group gap={6} wrap="nowrap">
            <Icon size={18} />
            {body.url ? (
              <Anchor href={body.url} target="_blank" rel="noopener noreferrer" size="sm">
                {label}
              </Anchor>
            ) : (
              <Text size="sm" fw={500}>{label}</Text>
            )}
            {body.mimeType && <Text size="xs" c="dimmed">{body.mimeType}</Text>}
          </Group>
          {body.caption && <Paragraph text={body.caption} />}
        </Stack>
      );
    }
    case 'reply':
      return (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">{t('message.tapped')}</Text>
          <Badge variant="outline" color="teal" tt="none" size="lg" style={{ maxWidth: '100%' }}>
            {body.title}
          </Badge>
        </Stack>
      );
    case 'location':
      return (
        <Group gap={6} wrap="nowrap">
          <IconMapPin size={18} />
          {body.mapUrl ? (
            <Anchor href={body.mapUrl} target="_blank" rel="noopener noreferrer" size="sm">{body.label}</Anchor>
          ) : (
            <Text size="sm">{body.label}</Text>
          )}
        </Group>
      );
    case 'template':
      return (
        <Group gap={6} wrap="nowrap">
          <IconTemplate size={18} />
          <Text size="sm">{t('message.template', { name: body.name, language: body.language })}</Text>
        </Group>
      );
    case 'reaction':
      return <Text size="xl">{body.emoji}</Text>;
    case 'other':
      return (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">{t('message.other', { type: body.type })}</Text>
          {body.text && <Paragraph text={body.text} />}
        </Stack>
      );
  }
}
