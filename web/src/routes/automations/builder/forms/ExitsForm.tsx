import { Fieldset, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exitSlotsOf } from '../../model/exits';
import type { Definition } from '../../model/types';
import { exitName } from '../nodes';

/**
 * Where each exit of a step leads, as choices: the same connections as
 * dragging between handles on the canvas, usable from the keyboard too.
 */
export function ExitsForm({ definition, stepId, readOnly, onConnect }: { definition: Definition; stepId: string; readOnly?: boolean; onConnect: (handle: string, to: string | undefined) => void }) {
  const { t } = useTranslation('automations');
  const step = definition.steps[stepId];
  if (!step) return null;
  const targets = Object.entries(definition.steps)
    .filter(([id]) => id !== stepId)
    .map(([id, s]) => ({ value: id, label: s.label ? `${s.label} (${id})` : id }));
  return (
    <Fieldset legend={t('form.exits')} disabled={readOnly}>
      <Stack gap="xs">
        {exitSlotsOf(step).map((slot) => (
          <Select
            key={slot.handle}
            label={t('form.leadsTo', { exit: exitName(slot, t) })}
            placeholder={t('form.nowhere')}
            clearable
            searchable
            data={targets}
            value={slot.to && definition.steps[slot.to] ? slot.to : null}
            onChange={(to) => onConnect(slot.handle, to ?? undefined)}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}

/** The trigger's only connection: the start step. */
export function StartStepSelect({ definition, readOnly, onChange }: { definition: Definition; readOnly?: boolean; onChange: (stepId: string) => void }) {
  const { t } = useTranslation('automations');
  return (
    <Select
      label={t('form.startStep')}
      disabled={readOnly}
      searchable
      allowDeselect={false}
      data={Object.entries(definition.steps).map(([id, s]) => ({ value: id, label: s.label ? `${s.label} (${id})` : id }))}
      value={definition.steps[definition.start] ? definition.start : null}
      onChange={(id) => id && onChange(id)}
    />
  );
}
