import { ActionIcon, Anchor, Badge, Button, Card, Code, CopyButton, Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { sandboxPhoneAvailable } from '../../../shell/nav-items';
import type { Channel } from './queries';

/** One connected number: who it is at Meta, and what to paste into Meta's App Dashboard. */
export function ChannelCard({ channel, onEdit }: { channel: Channel; onEdit: () => void }) {
  const { t } = useTranslation('settings');
  const sandbox = channel.kind === 'sandbox';
  return (
    <Card withBorder padding="lg" component="section" aria-label={channel.name}>
      <Group justify="space-between" mb="md" wrap="wrap">
        <Group gap="sm">
          <Title order={2} size="h4">
            {channel.name}
          </Title>
          <Badge variant="light" color={sandbox ? 'grape' : 'green'}>
            {t(sandbox ? 'channel.kinds.sandbox' : 'channel.kinds.cloud')}
          </Badge>
        </Group>
        {!sandbox && (
          <Button size="xs" variant="light" onClick={onEdit}>
            {t('channel.cloud.edit')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <Fact label={t('channel.fields.displayPhoneNumber')} value={channel.displayPhoneNumber} />
        <Fact label={t('channel.fields.phoneNumberId')} value={channel.phoneNumberId} />
        <Fact label={t('channel.fields.wabaId')} value={channel.wabaId} />
      </SimpleGrid>
      {sandbox ? (
        <Text size="sm" c="dimmed">
          {t('channel.sandboxText')}{' '}
          {sandboxPhoneAvailable() && (
            <Anchor href="/sandbox/phone" target="_blank" rel="noopener">
              {t('channel.openSandboxPhone')} <IconExternalLink size={12} />
            </Anchor>
          )}
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('channel.metaSteps')}
          </Text>
          <CopyField label={t('channel.webhookUrl')} value={channel.webhookUrl} />
          <CopyField label={t('channel.verifyToken')} value={channel.verifyToken} />
        </Stack>
      )}
    </Card>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ wordBreak: 'break-all' }}>{value}</Text>
    </div>
  );
}

/** A value to paste elsewhere, shown in full with a button that copies it. */
function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation('settings');
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code aria-label={label} style={{ wordBreak: 'break-all', flex: 1 }} p="xs">
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={t(copied ? 'actions.copied' : 'actions.copy')} withArrow>
              <ActionIcon variant="light" color={copied ? 'teal' : 'blue'} onClick={copy} aria-label={t('actions.copyThing', { thing: label })}>
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </div>
  );
}
