import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraftErrors, HolidayDraft } from './schedule-form';

interface HolidaysEditorProps {
  holidays: HolidayDraft[];
  errors: DraftErrors;
  onChange: (holidays: HolidayDraft[]) => void;
}

/** Closed days: a date, an optional name, and whether it comes back every year. */
export function HolidaysEditor({ holidays, errors, onChange }: HolidaysEditorProps) {
  const { t } = useTranslation('settings');
  const update = (index: number, patch: Partial<HolidayDraft>) => onChange(holidays.map((h, i) => (i === index ? { ...h, ...patch } : h)));

  return (
    <Stack gap="sm">
      {holidays.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('workingHours.holidays.empty')}
        </Text>
      )}
      {holidays.map((holiday, index) => (
        <Group key={index} align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            type="date"
            w={170}
            aria-label={t('workingHours.holidays.dateOf', { n: index + 1 })}
            value={holiday.date}
            onChange={(e) => update(index, { date: e.currentTarget.value })}
            error={errors[`holidays.${index}.date`]}
          />
          <TextInput
            w={220}
            placeholder={t('workingHours.holidays.namePlaceholder')}
            aria-label={t('workingHours.holidays.nameOf', { n: index + 1 })}
            value={holiday.name}
            maxLength={100}
            onChange={(e) => update(index, { name: e.currentTarget.value })}
            error={errors[`holidays.${index}.name`]}
          />
          <Checkbox mt={8} label={t('workingHours.holidays.yearly')} checked={holiday.yearly} onChange={(e) => update(index, { yearly: e.currentTarget.checked })} />
          <ActionIcon
            mt={4}
            variant="subtle"
            color="gray"
            aria-label={t('workingHours.holidays.remove', { n: index + 1 })}
            onClick={() => onChange(holidays.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <div>
        <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onChange([...holidays, { date: '', name: '', yearly: false }])}>
          {t('workingHours.holidays.add')}
        </Button>
      </div>
    </Stack>
  );
}
