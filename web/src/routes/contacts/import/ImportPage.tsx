import { Anchor, Breadcrumbs, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequirePermission } from '../../../auth/RequirePermission';
import { PageHeader } from '../../../ui';
import type { ImportPreview } from '../data';
import type { ColumnMapping, ImportSettings } from './column-mapping';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { RunStep } from './RunStep';
import { UploadStep } from './UploadStep';

export interface ReadFile {
  file: File;
  preview: ImportPreview;
}

const DEFAULT_SETTINGS: ImportSettings = { tags: [], list: '', defaultCountry: '', updateExisting: true };

/** /contacts/import: upload a CSV, map its columns, check the first rows, import with a progress bar and a per-row report. */
export function ImportPage() {
  const { t } = useTranslation('contacts');
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/contacts" size="sm">
          {t('title')}
        </Anchor>
        <Text size="sm">{t('import.title')}</Text>
      </Breadcrumbs>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <RequirePermission permission="contacts.manage">
        <ImportWizard />
      </RequirePermission>
    </>
  );
}

function ImportWizard() {
  const { t } = useTranslation('contacts');
  const [step, setStep] = useState(0);
  const [read, setRead] = useState<ReadFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [settings, setSettings] = useState<ImportSettings>(DEFAULT_SETTINGS);
  const restart = () => {
    setRead(null);
    setMapping({});
    setSettings(DEFAULT_SETTINGS);
    setStep(0);
  };

  return (
    <Stepper active={step} allowNextStepsSelect={false} onStepClick={(s) => step < 3 && setStep(s)} size="sm">
      <Stepper.Step label={t('import.steps.upload')}>
        <UploadStep
          onRead={(next, initial) => {
            setRead(next);
            setMapping(initial);
            setStep(1);
          }}
        />
      </Stepper.Step>
      <Stepper.Step label={t('import.steps.mapping')}>
        {read && (
          <MappingStep
            preview={read.preview}
            fileName={read.file.name}
            mapping={mapping}
            onMappingChange={setMapping}
            settings={settings}
            onSettingsChange={setSettings}
            onBack={() => setStep(0)}
            onNext={() => setStep(2)}
          />
        )}
      </Stepper.Step>
      <Stepper.Step label={t('import.steps.preview')}>
        {read && step === 2 && <PreviewStep file={read.file} preview={read.preview} mapping={mapping} onBack={() => setStep(1)} onStart={() => setStep(3)} />}
      </Stepper.Step>
      <Stepper.Step label={t('import.steps.import')}>
        {read && step === 3 && <RunStep file={read.file} mapping={mapping} settings={settings} onRestart={restart} />}
      </Stepper.Step>
    </Stepper>
  );
}
