import { Alert, Autocomplete, Button, List, NumberInput, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuilderOptions } from '../../api';
import { disabledStatusesFor } from '../../model/ticket-loop';
import type { ConditionGroup, Step, StepOf, Trigger } from '../../model/types';
import { StepIcon } from '../StepIcon';
import { ConditionsForm } from './ConditionsForm';
import { DurationField } from './DurationField';
import { KeyValueEditor } from './KeyValueEditor';
import { MessageForm } from './MessageForm';

const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;

export interface StepFormProps {
  stepId: string;
  step: Step;
  trigger: Trigger;
  problems: string[];
  options: BuilderOptions;
  readOnly?: boolean;
  onChange: (step: Step) => void;
  onDelete: () => void;
}

/** The side form of one step: what every step has (label, "when"), then the fields of its type. */
export function StepForm({ stepId, step, trigger, problems, options, readOnly, onChange, onDelete }: StepFormProps) {
  const { t } = useTranslation('automations');
  return (
    <Stack gap="sm">
      <Text fw={600} size="lg" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <StepIcon type={step.type} size={20} />
        {t(`steps.${step.type}`)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('form.stepId', { id: stepId })}
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
          <TextInput label={t('form.label')} description={t('form.labelHint')} value={step.label ?? ''} onChange={(e) => onChange({ ...step, label: e.currentTarget.value || undefined })} />
          {step.type !== 'delay' && (
            <DurationField
              label={t('form.when')}
              description={t('form.whenHint')}
              value={step.delay}
              onChange={(delay) => onChange({ ...step, delay } as Step)}
            />
          )}
          <TypeFields step={step} trigger={trigger} options={options} onChange={onChange} />
        </Stack>
      </fieldset>
      {!readOnly && (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
          {t('builder.deleteStep')}
        </Button>
      )}
    </Stack>
  );
}

function TypeFields({ step, trigger, options, onChange }: { step: Step; trigger: Trigger; options: BuilderOptions; onChange: (step: Step) => void }): ReactNode {
  const { t } = useTranslation('automations');
  const set = <S extends Step>(s: S, patch: Partial<S>) => onChange({ ...s, ...patch });
  const text = (value: string) => (value === '' ? undefined : value);

  switch (step.type) {
    case 'send_message': {
      const branches = step.message.type === 'buttons' || step.message.type === 'list';
      return (
        <>
          <MessageForm message={step.message} onChange={(message) => set(step, { message })} />
          {branches && (
            <DurationField label={t('form.choiceTimeout')} description={t('form.choiceTimeoutHint')} value={step.timeout} onChange={(timeout) => set(step, { timeout })} />
          )}
        </>
      );
    }
    case 'send_template':
      return (
        <>
          <TextInput label={t('form.templateName')} required value={step.template.name} onChange={(e) => set(step, { template: { ...step.template, name: e.currentTarget.value } })} />
          <TextInput
            label={t('form.templateLanguage')}
            required
            value={step.template.language}
            onChange={(e) => set(step, { template: { ...step.template, language: e.currentTarget.value } })}
          />
        </>
      );
    case 'add_tag':
    case 'remove_tag':
      return <Autocomplete label={t('form.tag')} required data={options.tags} value={step.tag} onChange={(tag) => set(step, { tag })} />;
    case 'add_to_list':
    case 'remove_from_list':
      return <Autocomplete label={t('form.list')} required data={options.lists} value={step.list} onChange={(list) => set(step, { list })} />;
    case 'assign_operator':
      return <Select label={t('form.operator')} required searchable data={options.users} value={step.userId || null} onChange={(userId) => set(step, { userId: userId ?? '' })} />;
    case 'unassign_operator':
      return (
        <Select
          label={t('form.operator')}
          description={t('form.unassignHint')}
          clearable
          searchable
          data={options.users}
          value={step.userId ?? null}
          onChange={(userId) => set(step, { userId: userId ?? undefined })}
        />
      );
    case 'open_ticket':
      return (
        <>
          <TextInput label={t('form.ticketTitle')} description={t('form.placeholdersHint')} required value={step.title} onChange={(e) => set(step, { title: e.currentTarget.value })} />
          <Textarea label={t('form.ticketDescription')} autosize minRows={2} value={step.description ?? ''} onChange={(e) => set(step, { description: text(e.currentTarget.value) })} />
          <TicketFields step={step} trigger={trigger} options={options} onChange={(patch) => set(step, patch)} />
        </>
      );
    case 'update_ticket':
      return (
        <>
          <TextInput label={t('form.reference')} description={t('form.referenceHint')} required value={step.reference} onChange={(e) => set(step, { reference: e.currentTarget.value })} />
          <TicketFields step={step} trigger={trigger} options={options} onChange={(patch) => set(step, patch)} />
        </>
      );
    case 'close_ticket':
      return (
        <>
          <TextInput label={t('form.reference')} description={t('form.referenceHint')} required value={step.reference} onChange={(e) => set(step, { reference: e.currentTarget.value })} />
          <StatusSelect trigger={trigger} options={options} value={step.status} required onChange={(status) => set(step, { status: status ?? 'Closed' })} />
        </>
      );
    case 'set_field':
      return <SetFieldFields step={step} options={options} onChange={onChange} />;
    case 'send_webhook':
      return (
        <>
          <TextInput label={t('form.url')} required type="url" placeholder="https://" value={step.url} onChange={(e) => set(step, { url: e.currentTarget.value })} />
          <KeyValueEditor label={t('form.headers')} keyLabel={t('form.headerName')} valueLabel={t('form.headerValue')} value={step.headers} onChange={(headers) => set(step, { headers })} />
          <NumberInput label={t('form.timeoutMs')} min={100} max={60_000} step={500} value={step.timeoutMs} onChange={(n) => set(step, { timeoutMs: Number(n) || 10_000 })} />
          <NumberInput label={t('form.retries')} min={0} max={10} value={step.retries} onChange={(n) => set(step, { retries: Number(n) || 0 })} />
          <KeyValueEditor label={t('form.store')} keyLabel={t('form.storeField')} valueLabel={t('form.storePath')} value={step.store} onChange={(store) => set(step, { store })} />
        </>
      );
    case 'start_automation':
      return (
        <Select label={t('form.automation')} required searchable data={options.automations} value={step.automationId || null} onChange={(id) => set(step, { automationId: id ?? '' })} />
      );
    case 'chat_note':
      return <Textarea label={t('form.note')} description={t('form.placeholdersHint')} required autosize minRows={3} value={step.text} onChange={(e) => set(step, { text: e.currentTarget.value })} />;
    case 'delay':
      return <DurationField label={t('form.wait')} required value={step.delay} onChange={(delay) => set(step, { delay: delay ?? 'PT0S' })} />;
    case 'customer_response':
      return (
        <DurationField label={t('form.responseTimeout')} description={t('form.responseTimeoutHint')} required value={step.timeout} onChange={(timeout) => set(step, { timeout: timeout ?? 'PT0S' })} />
      );
    case 'if_else':
      return <ConditionsForm value={(step.conditions as ConditionGroup | undefined) ?? { match: 'all', rules: [] }} options={options} onChange={(conditions) => set(step, { conditions })} />;
    case 'block_contact':
    case 'restore_contact':
    case 'terminate_automations':
    case 'mark_unread':
      return (
        <Text size="sm" c="dimmed">
          {t(`form.about.${step.type}`)}
        </Text>
      );
  }
}

type TicketStep = StepOf<'open_ticket'> | StepOf<'update_ticket'>;

function TicketFields({ step, trigger, options, onChange }: { step: TicketStep; trigger: Trigger; options: BuilderOptions; onChange: (patch: Partial<TicketStep>) => void }) {
  const { t } = useTranslation('automations');
  return (
    <>
      <StatusSelect trigger={trigger} options={options} value={step.status} onChange={(status) => onChange({ status })} />
      <Select
        label={t('form.priority')}
        clearable
        data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        value={step.priority ?? null}
        onChange={(p) => onChange({ priority: (p ?? undefined) as TicketStep['priority'] })}
      />
      <Autocomplete label={t('form.category')} data={options.categories} value={step.category ?? ''} onChange={(category) => onChange({ category: category || undefined })} />
      <Select label={t('form.owner')} clearable searchable data={options.users} value={step.ownerId ?? null} onChange={(ownerId) => onChange({ ownerId: ownerId ?? undefined })} />
    </>
  );
}

/** Ticket statuses, with those that would fire this automation's own trigger again greyed out. */
function StatusSelect({ trigger, options, value, required, onChange }: { trigger: Trigger; options: BuilderOptions; value: string | undefined; required?: boolean; onChange: (status: string | undefined) => void }) {
  const { t } = useTranslation('automations');
  const disabled = new Set(disabledStatusesFor(trigger, options.statuses));
  const data = options.statuses.map((status) => ({ value: status, label: status, disabled: disabled.has(status) }));
  if (value && !options.statuses.includes(value)) data.push({ value, label: value, disabled: disabled.has(value) });
  return (
    <Select
      label={t('form.status')}
      description={disabled.size > 0 ? t('form.loopingStatuses') : undefined}
      clearable={!required}
      required={required}
      data={data}
      value={value ?? null}
      onChange={(status) => onChange(status ?? undefined)}
    />
  );
}

function SetFieldFields({ step, options, onChange }: { step: StepOf<'set_field'>; options: BuilderOptions; onChange: (step: Step) => void }) {
  const { t } = useTranslation('automations');
  const fromReply = step.from === 'next_message';
  return (
    <>
      <Autocomplete label={t('form.field')} required data={options.fields.map((f) => f.value)} value={step.field} onChange={(field) => onChange({ ...step, field })} />
      <Radio.Group
        label={t('form.fieldSource')}
        value={fromReply ? 'reply' : 'value'}
        onChange={(source) => {
          const { value: _v, from: _f, timeout: _t, noResponse: _n, ...rest } = step;
          onChange(source === 'reply' ? { ...rest, from: 'next_message' } : { ...rest, value: '' });
        }}
      >
        <Stack gap={4} mt={4}>
          <Radio value="value" label={t('form.fixedValue')} />
          <Radio value="reply" label={t('form.nextMessage')} />
        </Stack>
      </Radio.Group>
      {fromReply ? (
        <DurationField label={t('form.responseTimeout')} value={step.timeout} onChange={(timeout) => onChange({ ...step, timeout })} />
      ) : (
        <TextInput label={t('form.value')} description={t('form.placeholdersHint')} value={String(step.value ?? '')} onChange={(e) => onChange({ ...step, value: e.currentTarget.value })} />
      )}
    </>
  );
}
