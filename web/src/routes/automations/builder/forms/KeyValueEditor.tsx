import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface KeyValueEditorProps {
  label: string;
  keyLabel: string;
  valueLabel: string;
  value: Record<string, string> | undefined;
  onChange: (value: Record<string, string> | undefined) => void;
}

/** Pairs edited as rows (webhook headers, response paths to store); an empty map is written as absent. */
export function KeyValueEditor({ label, keyLabel, valueLabel, value, onChange }: KeyValueEditorProps) {
  const { t } = useTranslation('automations');
  const entries = Object.entries(value ?? {});
  const write = (next: Array<[string, string]>) => onChange(next.length === 0 ? undefined : Object.fromEntries(next));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {entries.map(([key, val], i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            aria-label={`${keyLabel} ${i + 1}`}
            placeholder={keyLabel}
            value={key}
            onChange={(e) => write(entries.map((pair, j) => (j === i ? [e.currentTarget.value, pair[1]] : pair)))}
            style={{ flex: 1 }}
          />
          <TextInput
            aria-label={`${valueLabel} ${i + 1}`}
            placeholder={valueLabel}
            value={val}
            onChange={(e) => write(entries.map((pair, j) => (j === i ? [pair[0], e.currentTarget.value] : pair)))}
            style={{ flex: 1 }}
          />
          <ActionIcon variant="subtle" color="red" aria-label={t('form.removeRow', { n: i + 1 })} onClick={() => write(entries.filter((_, j) => j !== i))}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <div>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => write([...entries, ['', '']])}>
          {t('form.addRow')}
        </Button>
      </div>
    </Stack>
  );
}
