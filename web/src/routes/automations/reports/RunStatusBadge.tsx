import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { running: 'blue', waiting: 'cyan', completed: 'green', terminated: 'gray', failed: 'red', skipped: 'gray', entered: 'blue' };

/** A run's or a timeline entry's status. */
export function RunStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('automations');
  return (
    <Badge size="sm" variant="light" color={COLORS[status] ?? 'gray'}>
      {t(`runStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}
