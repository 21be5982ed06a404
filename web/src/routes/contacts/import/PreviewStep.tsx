import { Alert, Button, Group, List, Paper, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../../api/client';
import { ErrorAlert, Loading } from '../../../ui';
import { useFields, type ImportPreview } from '../data';
import { importForm, mappedTargets, mapSampleRow, type ColumnMapping } from './column-mapping';
import { targetLabel } from './target-label';

export interface PreviewStepProps {
  file: File;
  preview: ImportPreview;
  mapping: ColumnMapping;
  onBack: () => void;
  onStart: () => void;
}

/** Step 3: the first rows as the contacts they will become, and the server's word on the mapping. */
export function PreviewStep({ file, preview, mapping, onBack, onStart }: PreviewStepProps) {
  const { t } = useTranslation('contacts');
  const fields = useFields().data?.data ?? [];
  const targets = mappedTargets(mapping, fields);
  const check = useMutation({
    mutationFn: async () => {
      const response = await apiFetch('/api/v1/contacts/import/preview', { method: 'POST', body: importForm(file, mapping) });
      return (await response.json()) as ImportPreview;
    },
  });
  const { mutate } = check;
  useEffect(() => mutate(), [mutate]);
  const problems = check.data?.mappingProblems ?? [];

  return (
    <Stack mt="md">
      <Text size="sm" c="dimmed">
        {t('import.previewIntro', { count: preview.sample.length })}
      </Text>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={600}>
          <Table striped verticalSpacing="xs" aria-label={t('import.previewTable')}>
            <Table.Thead>
              <Table.Tr>
                {targets.map((target) => (
                  <Table.Th key={target}>{targetLabel(target, fields, t)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.sample.map((row, index) => {
                const contact = mapSampleRow(row, mapping);
                return (
                  <Table.Tr key={index}>
                    {targets.map((target) => (
                      <Table.Td key={target}>{contact[target] ?? ''}</Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {check.isPending ? (
        <Loading h={60} label={t('import.checking')} />
      ) : check.error ? (
        <ErrorAlert error={check.error} onRetry={() => mutate()} />
      ) : problems.length > 0 ? (
        <Alert color="red" role="alert" title={t('import.problems.title')}>
          <List size="sm">
            {problems.map((p, i) => (
              <List.Item key={i}>{p.column ? `${p.column}: ${p.reason}` : p.reason}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text size="sm" c="teal">
          {t('import.mappingOk')}
        </Text>
      )}
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('actions.back')}
        </Button>
        <Button onClick={onStart} disabled={!check.isSuccess || problems.length > 0}>
          {t('import.start')}
        </Button>
      </Group>
    </Stack>
  );
}
