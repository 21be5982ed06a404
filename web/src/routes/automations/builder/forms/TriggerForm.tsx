import { Alert, Autocomplete, List, MultiSelect, NumberInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BuilderOptions } from '../../api';
import { defaultTrigger, TRIGGER_TYPES } from '../../model/catalog';
import type { Automation, Trigger, TriggerType } from '../../model/types';

interface TriggerFormProps {
  trigger: Trigger;
  problems: string[];
  options: BuilderOptions;
  integration?: Automation['integration'];
  readOnly?: boolean;
  onChange: (trigger: Trigger) => void;
}

/** The start of the automation: what makes a contact enter it. */
export function TriggerForm({ trigger, problems, options, integration, readOnly, onChange }: TriggerFormProps) {
  const { t } = useTranslation('automations');
  return (
    <Stack gap="sm">
      <Text fw={600} size="lg">
        {t('builder.trigger')}
      </Text>
      {problems.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle size={16} />} title={t('form.problems')}>
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          <Select
            label={t('form.triggerType')}
            data={TRIGGER_TYPES.map((type) => ({ value: type, label: t(`triggers.${type}`) }))}
            value={trigger.type}
            allowDeselect={false}
            onChange={(type) => type && type !== trigger.type && onChange(defaultTrigger(type as TriggerType))}
          />
          <Text size="sm" c="dimmed">
            {t(`triggerHelp.${trigger.type}`)}
          </Text>
          <TriggerFields trigger={trigger} options={options} onChange={onChange} />
          {trigger.type === 'integration' && integration && (
            <>
              <TextInput label={t('form.integrationUrl')} readOnly value={integration.url} />
              <TextInput label={t('form.integrationSecret')} readOnly value={integration.secret} />
            </>
          )}
        </Stack>
      </fieldset>
    </Stack>
  );
}

function TriggerFields({ trigger, options, onChange }: { trigger: Trigger; options: BuilderOptions; onChange: (trigger: Trigger) => void }) {
  const { t } = useTranslation('automations');
  switch (trigger.type) {
    case 'message_phrase':
      return <TextInput label={t('form.phrase')} description={t('form.phraseHint')} required value={trigger.phrase} onChange={(e) => onChange({ ...trigger, phrase: e.currentTarget.value })} />;
    case 'button_reply':
      return (
        <>
          <TextInput label={t('form.buttonTitleTrigger')} value={trigger.title ?? ''} onChange={(e) => onChange({ ...trigger, title: e.currentTarget.value || undefined })} />
          <TextInput label={t('form.buttonId')} value={trigger.buttonId ?? ''} onChange={(e) => onChange({ ...trigger, buttonId: e.currentTarget.value || undefined })} />
        </>
      );
    case 'list_added':
      return <Autocomplete label={t('form.list')} required data={options.lists} value={trigger.list} onChange={(list) => onChange({ ...trigger, list })} />;
    case 'date_condition':
      return (
        <>
          <Select
            label={t('form.dateField')}
            required
            data={options.fields.filter((f) => f.type === 'date').map(({ value, label }) => ({ value, label }))}
            value={trigger.field || null}
            onChange={(field) => onChange({ ...trigger, field: field ?? '' })}
          />
          <NumberInput label={t('form.offsetDays')} description={t('form.offsetDaysHint')} min={-366} max={366} value={trigger.offsetDays} onChange={(n) => onChange({ ...trigger, offsetDays: Number(n) || 0 })} />
          <TextInput label={t('form.time')} placeholder="09:00" value={trigger.time} onChange={(e) => onChange({ ...trigger, time: e.currentTarget.value })} />
          <Switch label={t('form.yearly')} checked={trigger.yearly} onChange={(e) => onChange({ ...trigger, yearly: e.currentTarget.checked })} />
        </>
      );
    case 'ticket_status_changed':
      return (
        <>
          <MultiSelect
            label={t('form.fromStatuses')}
            description={t('form.anyStatus')}
            data={options.statuses}
            value={trigger.from ?? []}
            onChange={(from) => onChange({ ...trigger, from: from.length ? from : undefined })}
          />
          <MultiSelect
            label={t('form.toStatuses')}
            description={t('form.anyStatus')}
            data={options.statuses}
            value={trigger.to ?? []}
            onChange={(to) => onChange({ ...trigger, to: to.length ? to : undefined })}
          />
        </>
      );
    default:
      return null;
  }
}
