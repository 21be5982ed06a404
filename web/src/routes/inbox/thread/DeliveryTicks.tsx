import { Group, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconChecks, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeliveryState } from '../message-status';

const ICONS = {
  clock: <IconClock size={14} />,
  single: <IconCheck size={14} />,
  double: <IconChecks size={14} />,
  'double-read': <IconChecks size={14} color="var(--mantine-color-blue-6)" />,
  failed: <IconAlertCircle size={14} color="var(--mantine-color-red-6)" />,
} as const;

/** WhatsApp's ticks for an outbound message, with their meaning for screen readers and on hover. */
export function DeliveryTicks({ state }: { state: DeliveryState }) {
  const { t } = useTranslation('inbox');
  const label = t(state.labelKey);
  return (
    <Tooltip label={label}>
      <Group gap={2} component="span" role="img" aria-label={label} data-status={state.tick} c="dimmed">
        {ICONS[state.tick]}
      </Group>
    </Tooltip>
  );
}

/** Why a message failed, in red under it. */
export function FailureReason({ reason }: { reason: string | null }) {
  const { t } = useTranslation('inbox');
  return (
    <Text size="xs" c="red" mt={4}>
      {reason ? t('status.failedBecause', { reason }) : t('status.failedUnknown')}
    </Text>
  );
}
