import { Group, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isoDurationSeconds, splitDuration, toIsoDuration, type DurationUnit } from '../../model/duration';

const UNITS: DurationUnit[] = ['seconds', 'minutes', 'hours', 'days'];

interface DurationFieldProps {
  label: string;
  description?: string;
  /** ISO-8601, e.g. PT3S; undefined when empty. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  required?: boolean;
  error?: string;
}

/**
 * A duration as an amount and a unit, written as ISO-8601 into the definition.
 * A duration the builder cannot split (e.g. "P1DT2H") is shown as text, kept as written.
 */
export function DurationField({ label, description, value, onChange, required, error }: DurationFieldProps) {
  const { t } = useTranslation('automations');
  const seconds = isoDurationSeconds(value);
  if (value && seconds === null) {
    return <TextInput label={label} description={description} value={value} required={required} error={error} onChange={(e) => onChange(e.currentTarget.value || undefined)} />;
  }
  const { amount, unit } = seconds === null ? { amount: undefined, unit: 'seconds' as DurationUnit } : splitDuration(seconds);
  const seemsSplit = value !== undefined && seconds !== null && toIsoDuration(amount ?? 0, unit) !== value.toUpperCase();
  return (
    <div>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <NumberInput
          label={label}
          description={description}
          required={required}
          error={error}
          min={0}
          allowDecimal={false}
          value={amount ?? ''}
          onChange={(n) => onChange(n === '' ? undefined : toIsoDuration(Number(n), unit))}
          style={{ flex: 1 }}
        />
        <Select
          aria-label={t('form.unitOf', { label })}
          data={UNITS.map((u) => ({ value: u, label: t(`units.${u}`) }))}
          value={unit}
          allowDeselect={false}
          onChange={(u) => onChange(toIsoDuration(amount ?? 0, (u ?? 'seconds') as DurationUnit))}
          w={120}
        />
      </Group>
      {seemsSplit && (
        <Text size="xs" c="dimmed">
          {value}
        </Text>
      )}
    </div>
  );
}
