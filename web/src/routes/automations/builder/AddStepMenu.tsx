import { Button, Menu } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STEP_GROUPS } from '../model/catalog';
import type { StepType } from '../model/types';
import { StepIcon } from './StepIcon';

/** "Add step": every step type, by group. */
export function AddStepMenu({ onAdd, disabled }: { onAdd: (type: StepType) => void; disabled?: boolean }) {
  const { t } = useTranslation('automations');
  return (
    <Menu position="bottom-start" withinPortal shadow="md" width={260}>
      <Menu.Target>
        <Button size="sm" leftSection={<IconPlus size={16} />} disabled={disabled}>
          {t('builder.addStep')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown mah={480} style={{ overflowY: 'auto' }}>
        {STEP_GROUPS.map(({ group, types }) => (
          <div key={group}>
            <Menu.Label>{t(`stepGroups.${group}`)}</Menu.Label>
            {types.map((type) => (
              <Menu.Item key={type} leftSection={<StepIcon type={type} />} onClick={() => onAdd(type)}>
                {t(`steps.${type}`)}
              </Menu.Item>
            ))}
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
