import { ActionIcon, Autocomplete, Button, Chip, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BuilderOptions } from '../../api';
import type { ConditionGroup, ConditionRule } from '../../model/types';

type RuleKind = ConditionRule['kind'];
const KINDS: RuleKind[] = ['tag', 'list', 'field', 'ticket', 'message', 'time'];
const OPS: Record<RuleKind, string[]> = {
  tag: ['has', 'not_has'],
  list: ['in', 'not_in'],
  field: ['eq', 'neq', 'contains', 'not_contains', 'gt', 'gte', 'lt', 'lte', 'is_set', 'is_not_set'],
  ticket: ['eq', 'neq', 'is_set', 'is_not_set'],
  message: ['contains', 'not_contains', 'equals', 'starts_with'],
  time: ['within_working_hours', 'outside_working_hours', 'holiday', 'between'],
};
const TICKET_ATTRIBUTES = ['status', 'macroStatus', 'priority', 'category', 'ownerId'] as const;
const DAYS = [1, 2, 3, 4, 5, 6, 7];

function ruleOfKind(kind: RuleKind): ConditionRule {
  switch (kind) {
    case 'tag':
      return { kind, op: 'has', tag: '' };
    case 'list':
      return { kind, op: 'in', list: '' };
    case 'field':
      return { kind, field: '', op: 'eq', value: '' };
    case 'ticket':
      return { kind, attribute: 'status', op: 'eq', value: '' };
    case 'message':
      return { kind, op: 'contains', value: '' };
    case 'time':
      return { kind, op: 'within_working_hours' };
  }
}

function isGroup(rule: ConditionRule | ConditionGroup): rule is ConditionGroup {
  return 'rules' in rule;
}

/** The conditions of an if/else: rules matched all or any; nested groups (written through the API) are kept and can be removed. */
export function ConditionsForm({ value, onChange, options }: { value: ConditionGroup; onChange: (group: ConditionGroup) => void; options: BuilderOptions }) {
  const { t } = useTranslation('automations');
  const setRule = (i: number, rule: ConditionRule | ConditionGroup) => onChange({ ...value, rules: value.rules.map((r, j) => (j === i ? rule : r)) });
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t('conditions.match')}
        data={[
          { value: 'all', label: t('conditions.all') },
          { value: 'any', label: t('conditions.any') },
        ]}
        value={value.match}
        onChange={(match) => onChange({ ...value, match: match as 'all' | 'any' })}
      />
      {value.rules.map((rule, i) => (
        <Paper key={i} withBorder p="xs">
          <Group justify="space-between" mb={4}>
            <Text size="xs" c="dimmed">
              {t('conditions.rule', { n: i + 1 })}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              disabled={value.rules.length === 1}
              aria-label={t('conditions.removeRule', { n: i + 1 })}
              onClick={() => onChange({ ...value, rules: value.rules.filter((_, j) => j !== i) })}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
          {isGroup(rule) ? (
            <Text size="sm">{t('conditions.nestedGroup', { count: rule.rules.length })}</Text>
          ) : (
            <RuleForm rule={rule} onChange={(r) => setRule(i, r)} options={options} />
          )}
        </Paper>
      ))}
      <div>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onChange({ ...value, rules: [...value.rules, ruleOfKind('tag')] })}>
          {t('conditions.addRule')}
        </Button>
      </div>
    </Stack>
  );
}

function RuleForm({ rule, onChange, options }: { rule: ConditionRule; onChange: (rule: ConditionRule) => void; options: BuilderOptions }) {
  const { t } = useTranslation('automations');
  const opSelect = (
    <Select
      label={t('conditions.op')}
      data={OPS[rule.kind].map((op) => ({ value: op, label: t(`conditions.ops.${op}`) }))}
      value={rule.op}
      allowDeselect={false}
      onChange={(op) => op && onChange({ ...rule, op } as ConditionRule)}
    />
  );
  const needsValue = !(rule.op === 'is_set' || rule.op === 'is_not_set');
  return (
    <Stack gap={6}>
      <Select
        label={t('conditions.kind')}
        data={KINDS.map((kind) => ({ value: kind, label: t(`conditions.kinds.${kind}`) }))}
        value={rule.kind}
        allowDeselect={false}
        onChange={(kind) => kind && kind !== rule.kind && onChange(ruleOfKind(kind as RuleKind))}
      />
      {rule.kind === 'tag' && (
        <>
          {opSelect}
          <Autocomplete label={t('form.tag')} required data={options.tags} value={rule.tag} onChange={(tag) => onChange({ ...rule, tag })} />
        </>
      )}
      {rule.kind === 'list' && (
        <>
          {opSelect}
          <Autocomplete label={t('form.list')} required data={options.lists} value={rule.list} onChange={(list) => onChange({ ...rule, list })} />
        </>
      )}
      {rule.kind === 'field' && (
        <>
          <Autocomplete
            label={t('form.field')}
            description={t('conditions.fieldHint')}
            required
            data={options.fields.map((f) => f.value)}
            value={rule.field}
            onChange={(field) => onChange({ ...rule, field })}
          />
          {opSelect}
          {needsValue && <TextInput label={t('conditions.value')} value={String(rule.value ?? '')} onChange={(e) => onChange({ ...rule, value: e.currentTarget.value })} />}
        </>
      )}
      {rule.kind === 'ticket' && (
        <>
          <Select
            label={t('conditions.attribute')}
            data={TICKET_ATTRIBUTES.map((a) => ({ value: a, label: t(`conditions.attributes.${a}`) }))}
            value={rule.attribute}
            allowDeselect={false}
            onChange={(attribute) => attribute && onChange({ ...rule, attribute: attribute as (typeof TICKET_ATTRIBUTES)[number] })}
          />
          {opSelect}
          {needsValue && (
            <Autocomplete
              label={t('conditions.value')}
              data={rule.attribute === 'status' ? options.statuses : rule.attribute === 'category' ? options.categories : []}
              value={rule.value ?? ''}
              onChange={(v) => onChange({ ...rule, value: v })}
            />
          )}
        </>
      )}
      {rule.kind === 'message' && (
        <>
          {opSelect}
          <TextInput label={t('conditions.value')} required value={rule.value} onChange={(e) => onChange({ ...rule, value: e.currentTarget.value })} />
        </>
      )}
      {rule.kind === 'time' && (
        <>
          {opSelect}
          {rule.op === 'between' && (
            <Group grow>
              <TextInput label={t('conditions.from')} placeholder="09:00" value={rule.from ?? ''} onChange={(e) => onChange({ ...rule, from: e.currentTarget.value || undefined })} />
              <TextInput label={t('conditions.to')} placeholder="18:00" value={rule.to ?? ''} onChange={(e) => onChange({ ...rule, to: e.currentTarget.value || undefined })} />
            </Group>
          )}
          <Text size="xs" fw={500}>
            {t('conditions.days')}
          </Text>
          <Chip.Group multiple value={(rule.days ?? []).map(String)} onChange={(days) => onChange({ ...rule, days: days.length ? days.map(Number).sort() : undefined })}>
            <Group gap={4}>
              {DAYS.map((d) => (
                <Chip key={d} value={String(d)} size="xs">
                  {t(`conditions.weekdays.${d}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </>
      )}
    </Stack>
  );
}
