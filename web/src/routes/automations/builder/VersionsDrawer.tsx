import { Badge, Button, Drawer, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useVersions } from '../api';
import type { Definition } from '../model/types';

interface VersionsDrawerProps {
  automationId: string;
  currentVersion: number;
  opened: boolean;
  readOnly: boolean;
  onClose: () => void;
  /** Puts an older definition in the builder; saving it makes it the newest version. */
  onRestore: (definition: Definition, version: number) => void;
}

/** Every saved version, newest first; an older one can be brought back into the builder. */
export function VersionsDrawer({ automationId, currentVersion, opened, readOnly, onClose, onRestore }: VersionsDrawerProps) {
  const { t } = useTranslation('automations');
  const format = useFormat();
  const versions = useVersions(automationId, opened);
  return (
    <Drawer opened={opened} onClose={onClose} position="right" title={t('versions.title')}>
      {versions.isPending && <Loading h={200} />}
      {versions.isError && <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />}
      {versions.isSuccess && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('versions.hint')}
          </Text>
          {versions.data.data.map((v) => (
            <Paper key={v.version} withBorder p="sm">
              <Group justify="space-between">
                <div>
                  <Group gap="xs">
                    <Text fw={600}>{t('list.version', { version: v.version })}</Text>
                    {v.version === currentVersion && (
                      <Badge size="xs" variant="light">
                        {t('versions.current')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {format.date(v.createdAt, 'dateTime')} · {t('versions.steps', { count: Object.keys(v.definition.steps).length })}
                  </Text>
                </div>
                {!readOnly && v.version !== currentVersion && (
                  <Button size="xs" variant="light" onClick={() => onRestore(v.definition, v.version)}>
                    {t('versions.restore')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Drawer>
  );
}
