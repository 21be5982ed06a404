import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AutomationStatus } from '../model/types';

const COLORS: Record<AutomationStatus, string> = { draft: 'gray', active: 'green', inactive: 'orange' };

export function StatusBadge({ status }: { status: AutomationStatus }) {
  const { t } = useTranslation('automations');
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}
