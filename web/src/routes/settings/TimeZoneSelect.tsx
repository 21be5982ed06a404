import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneOptions } from './time-zones';

/** A searchable choice among the IANA time zones ("rome" finds Europe/Rome). */
export function TimeZoneSelect({ value, onChange, ...props }: Omit<SelectProps, 'data' | 'onChange' | 'value'> & { value: string; onChange: (zone: string) => void }) {
  const { t } = useTranslation('settings');
  const data = useMemo(() => timeZoneOptions(value), [value]);
  return (
    <Select
      searchable
      allowDeselect={false}
      limit={50}
      nothingFoundMessage={t('timeZone.nothingFound')}
      data={data}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
      {...props}
    />
  );
}
