import { Badge } from '@mantine/core';
import { useTicketLabels } from './labels';
import { MACRO_STATUS_COLORS, PRIORITY_COLORS, type MacroStatus, type Priority } from './types';

export function StatusBadge({ status, macroStatus }: { status: string; macroStatus: MacroStatus }) {
  const labels = useTicketLabels();
  return (
    <Badge color={MACRO_STATUS_COLORS[macroStatus]} variant="light" title={labels.macroStatus(macroStatus)}>
      {status}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const labels = useTicketLabels();
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant="dot">
      {labels.priority(priority)}
    </Badge>
  );
}
