import { Alert, Autocomplete, Button, Group, Paper, Select, SimpleGrid, Stack, Switch, Table, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFields, useLists, useTags, type ImportPreview } from '../data';
import { ATTRIBUTE_TARGETS, fieldTarget, IGNORE, mappingProblems, type ColumnMapping, type ImportSettings } from './column-mapping';
import { targetLabel } from './target-label';

export interface MappingStepProps {
  preview: ImportPreview;
  fileName: string;
  mapping: ColumnMapping;
  onMappingChange: (mapping: ColumnMapping) => void;
  settings: ImportSettings;
  onSettingsChange: (settings: ImportSettings) => void;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2: what each column fills (an attribute, a dynamic field or nothing), and what every imported contact gets. */
export function MappingStep({ preview, fileName, mapping, onMappingChange, settings, onSettingsChange, onBack, onNext }: MappingStepProps) {
  const { t } = useTranslation('contacts');
  const fields = useFields().data?.data ?? [];
  const tags = useTags();
  const lists = useLists();
  const problems = mappingProblems(mapping);
  const options = [
    { value: IGNORE, label: t('import.ignore') },
    { group: t('import.attributesGroup'), items: ATTRIBUTE_TARGETS.map((target) => ({ value: target, label: t(`attributes.${target}`) })) },
    ...(fields.length > 0 ? [{ group: t('import.fieldsGroup'), items: fields.map((f) => ({ value: fieldTarget(f.key), label: f.label })) }] : []),
  ];
  const firstRow = preview.sample[0] ?? {};

  return (
    <Stack mt="md">
      <Text size="sm" c="dimmed">
        {t('import.mappingIntro', { file: fileName, columns: preview.headers.length })}
      </Text>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.column')}</Table.Th>
                <Table.Th>{t('import.example')}</Table.Th>
                <Table.Th w={280}>{t('import.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {Object.keys(mapping).map((column) => {
                const duplicate = problems.find((p) => p.kind === 'duplicate' && p.column === column);
                return (
                  <Table.Tr key={column}>
                    <Table.Td fw={500}>{column}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" truncate maw={260}>
                        {firstRow[column] ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t('import.targetOf', { column })}
                        data={options}
                        value={mapping[column] ?? IGNORE}
                        onChange={(value) => onMappingChange({ ...mapping, [column]: String(value ?? IGNORE) })}
                        allowDeselect={false}
                        error={
                          duplicate?.kind === 'duplicate'
                            ? t('import.problems.duplicate', { other: duplicate.other, target: targetLabel(duplicate.target, fields, t) })
                            : undefined
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {problems.some((p) => p.kind === 'phoneMissing') && (
        <Alert color="orange" role="alert">
          {t('import.problems.phoneMissing')}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Title order={2} size="h5" mb="sm">
          {t('import.settings')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TagsInput
            label={t('import.tagsForAll')}
            data={tags.data?.data.map((tag) => tag.name) ?? []}
            value={settings.tags}
            onChange={(value) => onSettingsChange({ ...settings, tags: value })}
            clearable
          />
          <Autocomplete
            label={t('import.list')}
            description={t('import.listHint')}
            data={lists.data?.data.map((list) => list.name) ?? []}
            value={settings.list}
            onChange={(value) => onSettingsChange({ ...settings, list: value })}
          />
          <TextInput
            label={t('import.defaultCountry')}
            description={t('import.defaultCountryHint')}
            placeholder="IT"
            maxLength={2}
            value={settings.defaultCountry}
            onChange={(e) => onSettingsChange({ ...settings, defaultCountry: e.currentTarget.value.toUpperCase() })}
          />
          <Switch
            mt="lg"
            label={t('import.updateExisting')}
            description={t('import.updateExistingHint')}
            checked={settings.updateExisting}
            onChange={(e) => onSettingsChange({ ...settings, updateExisting: e.currentTarget.checked })}
          />
        </SimpleGrid>
      </Paper>
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('actions.back')}
        </Button>
        <Button onClick={onNext} disabled={problems.length > 0}>
          {t('import.toPreview')}
        </Button>
      </Group>
    </Stack>
  );
}
