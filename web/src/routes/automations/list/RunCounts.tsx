import { Group, Loader, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import { useReport } from '../api';

/** Entered, waiting, completed and failed runs of one automation, from its report. */
export function RunCounts({ automationId }: { automationId: string }) {
  const { t } = useTranslation('automations');
  const format = useFormat();
  const report = useReport(automationId);
  if (report.isPending) return <Loader size="xs" aria-label={t('common:states.loading')} />;
  if (report.isError) {
    return (
      <Tooltip label={report.error.message}>
        <Text size="sm" c="red">
          {t('list.countsFailed')}
        </Text>
      </Tooltip>
    );
  }
  const { runs } = report.data;
  const counts = [
    ['entered', runs.total, undefined],
    ['waiting', runs.waiting + runs.running, 'blue'],
    ['completed', runs.completed, 'green'],
    ['failed', runs.failed, 'red'],
  ] as const;
  return (
    <Group gap="md" wrap="nowrap">
      {counts.map(([key, value, color]) => (
        <Text key={key} size="sm" c={value > 0 ? color : 'dimmed'} aria-label={`${t(`counts.${key}`)}: ${value}`}>
          <Text span size="xs" c="dimmed">
            {t(`counts.${key}`)}{' '}
          </Text>
          {format.number(value)}
        </Text>
      ))}
    </Group>
  );
}
