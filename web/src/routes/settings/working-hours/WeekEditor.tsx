import { ActionIcon, Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_INTERVAL, weekdayNames, WEEKDAYS, type DraftErrors, type IntervalDraft, type ScheduleDraft, type Weekday } from './schedule-form';

interface WeekEditorProps {
  days: ScheduleDraft['days'];
  errors: DraftErrors;
  onChange: (days: ScheduleDraft['days']) => void;
}

/** Each weekday open or closed, with its opening intervals ("HH:MM"–"HH:MM"). */
export function WeekEditor({ days, errors, onChange }: WeekEditorProps) {
  const { t, i18n } = useTranslation('settings');
  const names = useMemo(() => weekdayNames(i18n.language), [i18n.language]);
  const setDay = (day: Weekday, intervals: IntervalDraft[]) => onChange({ ...days, [day]: intervals });

  return (
    <Stack gap="md">
      {WEEKDAYS.map((day) => {
        const intervals = days[day];
        const name = names[day];
        return (
          <Group key={day} align="flex-start" wrap="wrap" gap="md" role="group" aria-label={name}>
            <Switch
              w={170}
              mt={6}
              label={name}
              checked={intervals.length > 0}
              onChange={(event) => setDay(day, event.currentTarget.checked ? [{ ...DEFAULT_INTERVAL }] : [])}
              styles={{ label: { textTransform: 'capitalize' } }}
            />
            {intervals.length === 0 ? (
              <Text c="dimmed" size="sm" mt={8}>
                {t('workingHours.closed')}
              </Text>
            ) : (
              <Stack gap="xs">
                {intervals.map((interval, index) => {
                  const path = `workingHours.${day}.${index}`;
                  const update = (patch: Partial<IntervalDraft>) => setDay(day, intervals.map((item, i) => (i === index ? { ...item, ...patch } : item)));
                  return (
                    <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                      <TextInput
                        w={92}
                        placeholder="09:00"
                        maxLength={5}
                        aria-label={t('workingHours.opensAt', { day: name, n: index + 1 })}
                        value={interval.from}
                        onChange={(e) => update({ from: e.currentTarget.value })}
                        error={errors[`${path}.from`] ?? errors[path]}
                      />
                      <Text mt={6}>–</Text>
                      <TextInput
                        w={92}
                        placeholder="18:00"
                        maxLength={5}
                        aria-label={t('workingHours.closesAt', { day: name, n: index + 1 })}
                        value={interval.to}
                        onChange={(e) => update({ to: e.currentTarget.value })}
                        error={errors[`${path}.to`]}
                      />
                      <ActionIcon
                        mt={4}
                        variant="subtle"
                        color="gray"
                        aria-label={t('workingHours.removeInterval', { day: name, n: index + 1 })}
                        onClick={() => setDay(day, intervals.filter((_, i) => i !== index))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  );
                })}
                <div>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPlus size={14} />}
                    aria-label={t('workingHours.addIntervalTo', { day: name })}
                    onClick={() => setDay(day, [...intervals, nextInterval(intervals)])}
                  >
                    {t('workingHours.addInterval')}
                  </Button>
                </div>
              </Stack>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}

/** A second interval starts an hour after the last one ends (a lunch break), within the day. */
function nextInterval(intervals: IntervalDraft[]): IntervalDraft {
  const last = intervals[intervals.length - 1];
  const match = last && /^(\d{2}):(\d{2})$/.exec(last.to);
  if (!match) return { ...DEFAULT_INTERVAL };
  const start = Math.min(Number(match[1]) + 1, 23);
  const end = Math.min(start + 4, 24);
  const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return { from: pad(start), to: pad(end) };
}
