import { Button, FileInput, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../../api/client';
import { ErrorAlert } from '../../../ui';
import { useFields, type ImportPreview } from '../data';
import { importForm, initialMapping, type ColumnMapping } from './column-mapping';
import type { ReadFile } from './ImportPage';

/** Step 1: choose the file; the server reads its columns and first rows and suggests a mapping. */
export function UploadStep({ onRead }: { onRead: (read: ReadFile, mapping: ColumnMapping) => void }) {
  const { t } = useTranslation('contacts');
  const fields = useFields();
  const [file, setFile] = useState<File | null>(null);
  const readFile = useMutation({
    mutationFn: async (chosen: File) => {
      const response = await apiFetch('/api/v1/contacts/import/preview', { method: 'POST', body: importForm(chosen, null) });
      return (await response.json()) as ImportPreview;
    },
    onSuccess: (preview, chosen) => onRead({ file: chosen, preview }, initialMapping(preview.headers, preview.suggestedMapping, fields.data?.data ?? [])),
  });

  return (
    <Paper withBorder p="lg" mt="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (file) readFile.mutate(file);
        }}
      >
        <Stack maw={560}>
          <FileInput
            label={t('import.file')}
            description={t('import.fileHint')}
            placeholder={t('import.filePlaceholder')}
            accept=".csv,text/csv,text/plain"
            leftSection={<IconFileTypeCsv size={18} />}
            value={file}
            onChange={(chosen) => {
              readFile.reset();
              setFile(chosen);
            }}
            clearable
          />
          <Text size="sm" c="dimmed">
            {t('import.fileColumns')}
          </Text>
          {readFile.error && <ErrorAlert error={readFile.error} />}
          {fields.error && <ErrorAlert error={fields.error} onRetry={() => void fields.refetch()} />}
          <Group>
            <Button type="submit" disabled={!file || fields.isPending} loading={readFile.isPending}>
              {t('import.readFile')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
