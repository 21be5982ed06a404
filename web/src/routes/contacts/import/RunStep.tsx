import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../format/use-format';
import { ErrorAlert } from '../../../ui';
import type { ImportReport } from '../data';
import { importForm, type ColumnMapping, type ImportSettings } from './column-mapping';
import { postWithProgress } from './upload';

export interface RunStepProps {
  file: File;
  mapping: ColumnMapping;
  settings: ImportSettings;
  onRestart: () => void;
}

/** Step 4: the import itself. The bar follows the file as the server reads it; then the report, row by row. */
export function RunStep({ file, mapping, settings, onRestart }: RunStepProps) {
  const { t } = useTranslation('contacts');
  const queryClient = useQueryClient();
  const [share, setShare] = useState(0);
  const run = useMutation({
    mutationFn: () => postWithProgress<ImportReport>('/api/v1/contacts/import', importForm(file, mapping, settings), setShare),
    onSettled: async () => {
      await Promise.all(['contacts', 'tags', 'lists'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
    },
  });
  const { mutate } = run;
  // Starts once per visit of the step: an import must never run twice by accident (React may run effects twice in development).
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);

  if (run.isPending || run.isIdle) {
    // Once the whole file is sent the server still writes the last rows: the bar says so instead of standing at 100 %.
    const sent = share >= 1;
    return (
      <Paper withBorder p="lg" mt="md">
        <Stack>
          <Text>{sent ? t('import.finishing') : t('import.running', { file: file.name })}</Text>
          <Progress value={Math.round(share * 100)} animated={sent} striped={sent} size="lg" aria-label={t('import.progress')} />
        </Stack>
      </Paper>
    );
  }
  if (run.error) {
    return (
      <Stack mt="md">
        <ErrorAlert error={run.error} onRetry={() => mutate()} />
        <Group>
          <Button variant="default" onClick={onRestart}>
            {t('import.another')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return <ImportReportView report={run.data} onRestart={onRestart} />;
}

function ImportReportView({ report, onRestart }: { report: ImportReport; onRestart: () => void }) {
  const { t } = useTranslation('contacts');
  const format = useFormat();
  const counts = [
    { key: 'rows', value: report.rows },
    { key: 'created', value: report.created },
    { key: 'updated', value: report.updated },
    { key: 'skipped', value: report.skipped },
  ] as const;
  return (
    <Stack mt="md">
      <Progress value={100} color={report.errorCount > 0 ? 'orange' : 'teal'} size="lg" aria-label={t('import.progress')} />
      <Title order={2} size="h4">
        {t('import.report.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {counts.map((c) => (
          <Paper key={c.key} withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t(`import.report.${c.key}`)}
            </Text>
            <Text size="xl" fw={700}>
              {format.number(c.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {report.errorCount === 0 ? (
        <Alert color="teal">{t('import.report.noErrors')}</Alert>
      ) : (
        <Paper withBorder>
          <Text p="sm" fw={500}>
            {t('import.report.errors', { count: report.errorCount })}
            {report.errors.length < report.errorCount && ` ${t('import.report.firstErrors', { count: report.errors.length })}`}
          </Text>
          <Table.ScrollContainer minWidth={500}>
            <Table striped aria-label={t('import.report.errorsTable')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>{t('import.report.line')}</Table.Th>
                  <Table.Th w={160}>{t('import.column')}</Table.Th>
                  <Table.Th>{t('import.report.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.errors.map((error, index) => (
                  <Table.Tr key={`${error.line}-${index}`}>
                    <Table.Td>{error.line}</Table.Td>
                    <Table.Td>{error.column ?? error.field ?? ''}</Table.Td>
                    <Table.Td>{error.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Group>
        <Button component={Link} to="/contacts">
          {t('import.report.seeContacts')}
        </Button>
        <Button variant="default" onClick={onRestart}>
          {t('import.another')}
        </Button>
      </Group>
    </Stack>
  );
}
