import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldType } from './data';

export interface FieldValueInputProps {
  type: FieldType;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
  placeholder?: string;
}

/**
 * The input of a dynamic field's value, by its type: a number keyboard, the
 * browser's date picker (YYYY-MM-DD, as the server stores dates), a yes/no
 * choice that can be left empty. Values are strings; '' is "no value".
 */
export function FieldValueInput({ type, label, value, onChange, error, description, placeholder }: FieldValueInputProps) {
  const { t } = useTranslation('contacts');
  if (type === 'boolean') {
    return (
      <Select
        label={label}
        description={description}
        placeholder={placeholder ?? t('fieldInput.unset')}
        data={[
          { value: 'true', label: t('fieldInput.yes') },
          { value: 'false', label: t('fieldInput.no') },
        ]}
        value={value === '' ? null : value}
        onChange={(next) => onChange(next ?? '')}
        clearable
        error={error}
      />
    );
  }
  return (
    <TextInput
      label={label}
      description={description}
      placeholder={placeholder}
      type={type === 'number' ? 'number' : type === 'date' ? 'date' : 'text'}
      inputMode={type === 'number' ? 'decimal' : undefined}
      step={type === 'number' ? 'any' : undefined}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
