import { Badge, Button, Card, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { NewApiKeyModal } from './NewApiKeyModal';
import { useApiKeys, useRevokeApiKey, type ApiKey } from './queries';

/** /settings/api-keys: keys for other programs calling Sportello's REST API. */
export function ApiKeysPage() {
  const { t } = useTranslation('settings');
  const keys = useApiKeys();
  const [creating, setCreating] = useState(false);
  const createButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      {t('apiKeys.add')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('apiKeys.title')} description={t('apiKeys.description')} actions={createButton} />
      {keys.isPending ? (
        <Loading h={240} />
      ) : keys.error ? (
        <ErrorAlert error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.data.data.length === 0 ? (
        <EmptyState icon={<IconKey size={26} />} title={t('apiKeys.empty.title')} text={t('apiKeys.empty.text')} action={createButton} />
      ) : (
        <ApiKeysTable keys={keys.data.data} />
      )}
      <NewApiKeyModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function ApiKeysTable({ keys }: { keys: ApiKey[] }) {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  // Active keys first; revoked ones stay listed as a record of what existed.
  const sorted = [...keys].sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));

  return (
    <>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={680}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('apiKeys.fields.name')}</Table.Th>
                <Table.Th>{t('apiKeys.fields.prefix')}</Table.Th>
                <Table.Th>{t('apiKeys.fields.createdAt')}</Table.Th>
                <Table.Th>{t('apiKeys.fields.lastUsedAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((key) => (
                <Table.Tr key={key.id} opacity={key.revokedAt ? 0.6 : 1}>
                  <Table.Td fw={500}>{key.name}</Table.Td>
                  <Table.Td>
                    <Code>{key.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{format.date(key.createdAt, 'date')}</Table.Td>
                  <Table.Td>{key.lastUsedAt ? format.relative(key.lastUsedAt) : t('apiKeys.neverUsed')}</Table.Td>
                  <Table.Td ta="right">
                    {key.revokedAt ? (
                      <Badge color="gray" variant="light">
                        {t('apiKeys.revokedOn', { date: format.date(key.revokedAt, 'date') })}
                      </Badge>
                    ) : (
                      <Button size="xs" variant="light" color="red" aria-label={t('apiKeys.revokeKey', { name: key.name })} onClick={() => setRevoking(key)}>
                        {t('apiKeys.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <RevokeModal apiKey={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}

/** Revoking cannot be undone: programs using the key stop working at once, so ask first. */
function RevokeModal({ apiKey, onClose }: { apiKey: ApiKey | null; onClose: () => void }) {
  const { t } = useTranslation('settings');
  const revoke = useRevokeApiKey();
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <Modal opened={apiKey !== null} onClose={close} title={t('apiKeys.confirmRevoke.title')}>
      <Stack>
        <Text size="sm">{t('apiKeys.confirmRevoke.text', { name: apiKey?.name ?? '' })}</Text>
        {revoke.error && <ErrorAlert error={revoke.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={revoke.isPending}
            onClick={() =>
              apiKey &&
              revoke.mutate(apiKey.id, {
                onSuccess: () => {
                  notifications.show({ color: 'green', message: t('apiKeys.revoked', { name: apiKey.name }) });
                  close();
                },
              })
            }
          >
            {t('apiKeys.revoke')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
