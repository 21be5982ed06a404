import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '../api/live-events';

const COLORS = { open: 'teal', connecting: 'yellow', closed: 'red' } as const;

/** Tells whether what the user sees updates by itself. */
export function LiveIndicator() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  return (
    <Badge variant="dot" color={COLORS[status]} visibleFrom="xs" data-live-status={status}>
      {t(`live.${status}`)}
    </Badge>
  );
}
