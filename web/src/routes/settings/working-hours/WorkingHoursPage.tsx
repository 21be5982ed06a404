import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { fieldErrorsOf } from '../field-errors';
import { TimeZoneSelect } from '../TimeZoneSelect';
import { HolidaysEditor } from './HolidaysEditor';
import { errorMessages } from './problem-messages';
import { useSaveWorkingHours, useWorkingHours } from './queries';
import { draftFromSchedule, problemsOf, scheduleFromDraft, type Schedule, type ScheduleDraft } from './schedule-form';
import { WeekEditor } from './WeekEditor';

/** /settings/working-hours: when the business is open, its holidays, and the time zone both are read in. */
export function WorkingHoursPage() {
  const { t } = useTranslation('settings');
  const schedule = useWorkingHours();
  return (
    <>
      <PageHeader title={t('workingHours.title')} description={t('workingHours.description')} />
      {schedule.isPending ? (
        <Loading h={520} />
      ) : schedule.error ? (
        <ErrorAlert error={schedule.error} onRetry={() => void schedule.refetch()} />
      ) : (
        <ScheduleForm schedule={schedule.data} />
      )}
    </>
  );
}

export function ScheduleForm({ schedule }: { schedule: Schedule }) {
  const { t } = useTranslation('settings');
  const [draft, setDraft] = useState<ScheduleDraft>(() => draftFromSchedule(schedule));
  // Mistakes show once the user tries to save, then follow each edit.
  const [triedToSave, setTriedToSave] = useState(false);
  const save = useSaveWorkingHours();
  const problems = problemsOf(draft);
  const errors = errorMessages(t, triedToSave ? problems : {}, fieldErrorsOf(save.error));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTriedToSave(true);
    if (Object.keys(problems).length > 0) return;
    save.mutate(scheduleFromDraft(draft), {
      onSuccess: (saved) => {
        setDraft(draftFromSchedule(saved));
        setTriedToSave(false);
        notifications.show({ color: 'green', message: t('workingHours.saved') });
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={760}>
        <Card withBorder padding="lg">
          <TimeZoneSelect
            label={t('workingHours.timezone')}
            description={t('workingHours.timezoneHint')}
            value={draft.timezone}
            onChange={(timezone) => setDraft({ ...draft, timezone })}
            error={errors.timezone}
            maw={360}
          />
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb={4}>
            {t('workingHours.week')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('workingHours.weekHint')}
          </Text>
          <WeekEditor days={draft.days} errors={errors} onChange={(days) => setDraft({ ...draft, days })} />
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb={4}>
            {t('workingHours.holidays.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('workingHours.holidays.hint')}
          </Text>
          <HolidaysEditor holidays={draft.holidays} errors={errors} onChange={(holidays) => setDraft({ ...draft, holidays })} />
        </Card>
        {triedToSave && Object.keys(problems).length > 0 && (
          <Text c="red" size="sm" role="alert">
            {t('workingHours.fixProblems')}
          </Text>
        )}
        {save.error && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('workingHours.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
