import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat, type Formatters } from '../../../format/use-format';
import { useFields } from '../queries';
import type { Contact } from '../types';
import { PanelSection } from './PanelSection';

type FieldType = 'text' | 'number' | 'date' | 'boolean';

/** A dynamic field's value as a person reads it. */
function fieldValue(value: unknown, type: FieldType | undefined, format: Formatters, yesNo: (v: boolean) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (type === 'boolean' || typeof value === 'boolean') return yesNo(value === true || value === 'true');
  if (type === 'number' && typeof value === 'number') return format.number(value);
  if (type === 'date' && typeof value === 'string') return format.date(value, 'date') || value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The contact's e-mail, language, consent and dynamic fields. */
export function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  const fields = useFields();
  const yesNo = (v: boolean) => (v ? t('panel.yes') : t('panel.no'));
  const defined = fields.data?.data ?? [];
  // Every field of the account, then any value whose field is not (or no longer) defined.
  const keys = [...defined.map((f) => f.key), ...Object.keys(contact.fields).filter((key) => !defined.some((f) => f.key === key))];

  const rows: Array<[string, string]> = [
    [t('panel.email'), contact.email ?? '—'],
    [t('panel.language'), contact.language ?? '—'],
    [t('panel.marketing'), yesNo(contact.marketingOptIn)],
    ...keys.map((key): [string, string] => {
      const field = defined.find((f) => f.key === key);
      return [field?.label ?? key, fieldValue(contact.fields[key], field?.type, format, yesNo)];
    }),
  ];

  return (
    <PanelSection title={t('panel.details')}>
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={0} fz="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td w="45%" pr="xs">
                <Text size="sm" c="dimmed">{label}</Text>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {fields.isError && <ErrorNote error={fields.error} />}
    </PanelSection>
  );
}

function ErrorNote({ error }: { error: unknown }) {
  return (
    <Text size="xs" c="red">
      {error instanceof Error ? error.message : String(error)}
    </Text>
  );
}
