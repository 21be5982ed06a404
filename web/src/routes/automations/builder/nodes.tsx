import { Badge, Box, Group, List, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconBolt, IconClock } from '@tabler/icons-react';
import { Handle, Position, useUpdateNodeInternals, type Node, type NodeProps } from '@xyflow/react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import { isoDurationSeconds } from '../model/duration';
import { exitSlotsOf, type ExitSlot } from '../model/exits';
import { START_HANDLE, type StepNodeData, type TriggerNodeData } from '../model/graph';
import { StepIcon } from './StepIcon';
import { stepSummary, triggerSummary } from './summary';
import classes from './nodes.module.css';

export const NODE_WIDTH = 250;

export function TriggerNode({ data, selected }: NodeProps<Node<TriggerNodeData, 'trigger'>>) {
  const { t } = useTranslation('automations');
  return (
    <NodeCard
      selected={selected}
      problems={data.problems}
      icon={<IconBolt size={16} />}
      color="violet"
      kicker={t('builder.trigger')}
      title={t(`triggers.${data.trigger.type}`)}
      summary={triggerSummary(data.trigger)}
      testId="trigger-node"
    >
      <ExitHandles slots={[{ handle: START_HANDLE, kind: 'next' }]} />
    </NodeCard>
  );
}

export function StepNode({ id, data, selected }: NodeProps<Node<StepNodeData, 'step'>>) {
  const { t } = useTranslation('automations');
  const format = useFormat();
  const { step, report } = data;
  const slots = exitSlotsOf(step);
  // A button or row added in the form is a new handle: @xyflow must measure the node's handles again.
  const updateNodeInternals = useUpdateNodeInternals();
  const handles = slots.map((s) => s.handle).join(',');
  useEffect(() => updateNodeInternals(id), [handles, id, updateNodeInternals]);
  const delaySeconds = isoDurationSeconds(step.delay);
  return (
    <>
      <Handle type="target" position={Position.Top} className={classes.handle} />
      <NodeCard
        selected={selected}
        problems={data.problems}
        icon={<StepIcon type={step.type} />}
        color="teal"
        kicker={data.isStart ? `${t('builder.startStep')} · ${data.stepId}` : data.stepId}
        title={step.label || t(`steps.${step.type}`)}
        summary={stepSummary(step, t, format.duration)}
        testId={`step-node-${data.stepId}`}
        badges={
          <>
            {step.delay && (
              <Badge size="sm" variant="light" color="gray" leftSection={<IconClock size={12} />}>
                {t('builder.after', { duration: delaySeconds === null ? step.delay : format.duration(delaySeconds) })}
              </Badge>
            )}
            {report && (
              <Group gap={4} wrap="nowrap" aria-label={t('builder.reportOfStep')}>
                <CountBadge label={t('counts.entered')} value={report.entered} color="gray" />
                <CountBadge label={t('counts.waiting')} value={report.waiting} color="blue" />
                <CountBadge label={t('counts.completed')} value={report.completed} color="green" />
                <CountBadge label={t('counts.failed')} value={report.failed} color="red" />
              </Group>
            )}
          </>
        }
      >
        <ExitHandles slots={slots} />
      </NodeCard>
    </>
  );
}

function CountBadge({ label, value, color }: { label: string; value: number; color: string }) {
  const format = useFormat();
  return (
    <Badge size="sm" variant={value > 0 ? 'filled' : 'outline'} color={color} title={label} aria-label={`${label}: ${value}`}>
      {format.number(value)}
    </Badge>
  );
}

interface NodeCardProps {
  selected: boolean;
  problems: string[];
  icon: ReactNode;
  color: string;
  kicker: string;
  title: string;
  summary: string;
  testId: string;
  badges?: ReactNode;
  children: ReactNode;
}

function NodeCard({ selected, problems, icon, color, kicker, title, summary, testId, badges, children }: NodeCardProps) {
  const hasProblems = problems.length > 0;
  return (
    <Paper
      withBorder
      shadow={selected ? 'md' : 'xs'}
      w={NODE_WIDTH}
      className={classes.card}
      data-selected={selected || undefined}
      data-invalid={hasProblems || undefined}
      data-testid={testId}
      role="group"
      aria-label={title}
    >
      <Box p="xs" pb={28}>
        <Group gap={8} wrap="nowrap" align="flex-start">
          <ThemeIcon size="md" variant="light" color={hasProblems ? 'red' : color}>
            {icon}
          </ThemeIcon>
          <Box miw={0} style={{ flex: 1 }}>
            <Text size="xs" c="dimmed" truncate>
              {kicker}
            </Text>
            <Text size="sm" fw={600} truncate>
              {title}
            </Text>
          </Box>
        </Group>
        {summary && (
          <Text size="xs" mt={6} lineClamp={2}>
            {summary}
          </Text>
        )}
        {badges && (
          <Group gap={6} mt={6}>
            {badges}
          </Group>
        )}
        {hasProblems && (
          <List size="xs" mt={6} c="red" icon={<IconAlertTriangle size={12} />} spacing={2} role="alert">
            {problems.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        )}
      </Box>
      {children}
    </Paper>
  );
}

/** One source handle per exit, spread along the bottom edge, each with its name above it. */
function ExitHandles({ slots }: { slots: ExitSlot[] }) {
  const { t } = useTranslation('automations');
  return (
    <>
      {slots.map((slot, i) => {
        const left = `${((i + 1) / (slots.length + 1)) * 100}%`;
        const name = exitName(slot, t);
        return (
          <div key={slot.handle}>
            {slots.length > 1 && (
              <Text className={classes.exitLabel} style={{ left }} size="10px" c="dimmed">
                {name}
              </Text>
            )}
            <Handle id={slot.handle} type="source" position={Position.Bottom} style={{ left }} className={classes.handle} title={name} />
          </div>
        );
      })}
    </>
  );
}

/** The name of an exit as edges and handles show it: the button's title, or "replied", "no response"… */
export function exitName(slot: ExitSlot, t: (key: string) => string): string {
  if ((slot.kind === 'button' || slot.kind === 'row') && slot.title) return slot.title;
  return t(`exits.${slot.kind}`);
}

export const nodeTypes = { trigger: TriggerNode, step: StepNode };

