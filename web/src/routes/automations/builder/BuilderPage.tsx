import { Badge, Box, Button, Flex, Group, Paper, ScrollArea, Stack, Switch, Tabs, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDeviceFloppy, IconHistory, IconLayoutDistributeHorizontal, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { ReactFlowProvider } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCan } from '../../../auth/session';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { useAutomation, useBuilderOptions, useDuplicate, useReport, useSaveAutomation, useSetActive } from '../api';
import { StatusBadge } from '../list/StatusBadge';
import { defaultStep } from '../model/catalog';
import { addStep, connect, disconnect, removeStep, TRIGGER_NODE, withStep } from '../model/graph';
import { arranged, freeSpotBelow, positionsOf, withMissingPositions } from '../model/layout';
import { definitionProblemsOf } from '../model/problems';
import type { Automation, Definition, DefinitionProblem, StepType } from '../model/types';
import { RunsPanel } from '../reports/RunsPanel';
import { AddStepMenu } from './AddStepMenu';
import { Canvas, type Selection } from './Canvas';
import { ExitsForm, StartStepSelect } from './forms/ExitsForm';
import { StepForm } from './forms/StepForm';
import { TriggerForm } from './forms/TriggerForm';
import { VersionsDrawer } from './VersionsDrawer';
import { exitName } from './nodes';
import { exitSlotsOf } from '../model/exits';

/** /automations/:id: the builder of one automation, its reports on the graph and its runs. */
export function BuilderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('automations');
  const automation = useAutomation(id);
  if (automation.isPending) return <Loading h={480} />;
  if (automation.isError) return <ErrorAlert error={automation.error} onRetry={() => void automation.refetch()} />;
  return (
    <ReactFlowProvider>
      <Builder key={id} automation={automation.data} />
      <Text size="xs" c="dimmed" mt="xs">
        {t('builder.keyboardHint')}
      </Text>
    </ReactFlowProvider>
  );
}

interface Draft {
  name: string;
  definition: Definition;
}

const draftOf = (a: Automation): Draft => ({ name: a.name, definition: withMissingPositions(a.definition) });
const sameDraft = (a: Draft, b: Draft) => a.name === b.name && JSON.stringify(a.definition) === JSON.stringify(b.definition);

function Builder({ automation }: { automation: Automation }) {
  const { t } = useTranslation('automations');
  const navigate = useNavigate();
  const readOnly = !useCan('automations.manage');
  const options = useBuilderOptions();
  const report = useReport(automation.id, { refetchInterval: 10_000 });
  const save = useSaveAutomation(automation.id);
  const setActive = useSetActive();
  const duplicate = useDuplicate();

  const saved = useMemo(() => draftOf(automation), [automation]);
  // `base` is the saved automation the draft started from; the draft is dirty when it differs.
  const [base, setBase] = useState<Draft>(saved);
  const [draft, setDraft] = useState<Draft>(saved);
  const dirty = !sameDraft(draft, base);
  // A newer version saved elsewhere replaces a draft nobody has touched (adjusted while rendering, not in an effect).
  if (!sameDraft(base, saved) && !dirty) {
    setBase(saved);
    setDraft(saved);
  }
  const [problems, setProblems] = useState<DefinitionProblem[]>([]);
  const [selection, setSelection] = useState<Selection>(null);
  const [showReports, setShowReports] = useState(true);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [tab, setTab] = useState<string | null>('flow');

  const update = (change: (definition: Definition) => Definition) => setDraft((d) => ({ ...d, definition: change(d.definition) }));
  const definition = draft.definition;

  const stepLabel = (stepId: string) => {
    const step = definition.steps[stepId] ?? automation.definition.steps[stepId];
    return step ? `${step.label || t(`steps.${step.type}`)} (${stepId})` : stepId;
  };

  const add = (type: StepType) => {
    const points = positionsOf(definition);
    const anchor = selection?.kind === 'node' ? (selection.id === TRIGGER_NODE ? points.trigger : points.steps[selection.id]) : undefined;
    const taken = Object.values(points.steps);
    const lowest = { x: 0, y: Math.max(0, ...taken.map((p) => p.y)) };
    const position = freeSpotBelow(taken, anchor ?? lowest);
    const result = addStep(definition, { ...defaultStep(type), position });
    setDraft((d) => ({ ...d, definition: result.definition }));
    setSelection({ kind: 'node', id: result.id });
  };

  const onSave = () =>
    save.mutate(
      { name: draft.name, definition },
      {
        onSuccess: (next) => {
          setProblems([]);
          setBase(draftOf(next));
          setDraft(draftOf(next));
          notifications.show({ color: 'green', message: t('builder.saved', { version: next.version }) });
        },
        onError: (error) => setProblems(definitionProblemsOf(error)),
      },
    );

  const toggleActive = () =>
    setActive.mutate(
      { id: automation.id, active: automation.status !== 'active' },
      { onSuccess: (next) => notifications.show({ color: 'green', message: t(next.status === 'active' ? 'builder.activated' : 'builder.deactivated') }) },
    );

  const onDuplicate = () => duplicate.mutate(automation.id, { onSuccess: (copy) => navigate(`/automations/${copy.id}`) });

  const active = automation.status === 'active';
  const stepProblems = (step: string | null) => problems.filter((p) => p.step === step).map((p) => p.message);

  return (
    <>
      <PageHeader
        title={automation.name}
        description={t('builder.description', { version: automation.version, trigger: t(`triggers.${automation.definition.trigger.type}`) })}
        actions={
          !readOnly && (
            <>
              <StatusBadge status={automation.status} />
              <Button variant="default" leftSection={<IconHistory size={16} />} onClick={() => setVersionsOpen(true)}>
                {t('actions.versions')}
              </Button>
              <Button variant="default" leftSection={<IconCopy size={16} />} loading={duplicate.isPending} onClick={onDuplicate}>
                {t('actions.duplicate')}
              </Button>
              <Tooltip label={t('builder.saveFirst')} disabled={!dirty}>
                <Button
                  variant={active ? 'default' : 'filled'}
                  color={active ? 'orange' : 'green'}
                  leftSection={active ? <IconPlayerPause size={16} /> : <IconPlayerPlay size={16} />}
                  loading={setActive.isPending}
                  disabled={dirty}
                  onClick={toggleActive}
                >
                  {active ? t('actions.deactivate') : t('actions.activate')}
                </Button>
              </Tooltip>
              <Button leftSection={<IconDeviceFloppy size={16} />} loading={save.isPending} disabled={!dirty} onClick={onSave}>
                {t('actions.save')}
              </Button>
            </>
          )
        }
      />
      {readOnly && <StatusBadge status={automation.status} />}
      <Stack gap="sm">
        {save.isError && <ErrorAlert error={save.error} />}
        {setActive.isError && <ErrorAlert error={setActive.error} />}
        {duplicate.isError && <ErrorAlert error={duplicate.error} />}
        {dirty && (
          <Text size="sm" c="orange" role="status">
            {t('builder.unsaved')}
          </Text>
        )}
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="sm">
            <Tabs.Tab value="flow">{t('builder.flowTab')}</Tabs.Tab>
            <Tabs.Tab value="runs">
              {t('builder.runsTab')}
              {report.data && (
                <Badge ml={6} size="xs" variant="light">
                  {report.data.runs.total}
                </Badge>
              )}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="flow">
            <Group gap="sm" mb="sm">
              {!readOnly && <AddStepMenu onAdd={add} />}
              {!readOnly && (
                <Button variant="default" size="sm" leftSection={<IconLayoutDistributeHorizontal size={16} />} onClick={() => update(arranged)}>
                  {t('builder.arrange')}
                </Button>
              )}
              <Switch label={t('builder.showReports')} checked={showReports} onChange={(e) => setShowReports(e.currentTarget.checked)} />
              {report.isError && <Text size="sm" c="red">{t('builder.reportFailed', { message: report.error.message })}</Text>}
              {report.data && showReports && (
                <Text size="sm" c="dimmed">
                  {t('builder.runTotals', report.data.runs)}
                </Text>
              )}
            </Group>
            <Flex direction={{ base: 'column', md: 'row' }} gap="sm">
              <Paper withBorder style={{ flex: 1, minWidth: 0 }} h={{ base: 480, md: 'calc(100vh - 300px)' }} mih={480} data-testid="automation-canvas">
                <Canvas
                  definition={definition}
                  problems={problems}
                  reports={showReports ? report.data?.steps : undefined}
                  selection={selection}
                  readOnly={readOnly}
                  onUpdate={update}
                  onSelect={setSelection}
                />
              </Paper>
              <Paper withBorder w={{ base: '100%', md: 380 }} h={{ base: 'auto', md: 'calc(100vh - 300px)' }} mih={480}>
                <ScrollArea h="100%" p="md" type="auto">
                  <Box component="aside" aria-label={t('builder.sidePanel')}>
                    <SidePanel
                      automation={automation}
                      draft={draft}
                      selection={selection}
                      problems={problems}
                      stepProblems={stepProblems}
                      options={options}
                      readOnly={readOnly}
                      onName={(name) => setDraft((d) => ({ ...d, name }))}
                      onUpdate={update}
                      onSelect={setSelection}
                    />
                  </Box>
                </ScrollArea>
              </Paper>
            </Flex>
          </Tabs.Panel>
          <Tabs.Panel value="runs">
            <RunsPanel automationId={automation.id} stepLabel={stepLabel} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <VersionsDrawer
        automationId={automation.id}
        currentVersion={automation.version}
        opened={versionsOpen}
        readOnly={readOnly}
        onClose={() => setVersionsOpen(false)}
        onRestore={(restored, version) => {
          setDraft((d) => ({ ...d, definition: withMissingPositions(restored) }));
          setProblems([]);
          setSelection(null);
          setVersionsOpen(false);
          notifications.show({ message: t('versions.restored', { version }) });
        }}
      />
    </>
  );
}

interface SidePanelProps {
  automation: Automation;
  draft: Draft;
  selection: Selection;
  problems: DefinitionProblem[];
  stepProblems: (step: string | null) => string[];
  options: ReturnType<typeof useBuilderOptions>;
  readOnly: boolean;
  onName: (name: string) => void;
  onUpdate: (change: (definition: Definition) => Definition) => void;
  onSelect: (selection: Selection) => void;
}

/** The form of what is selected: the trigger, a step, a connection, or the automation itself. */
function SidePanel({ automation, draft, selection, problems, stepProblems, options, readOnly, onName, onUpdate, onSelect }: SidePanelProps) {
  const { t } = useTranslation('automations');
  const { definition } = draft;

  if (selection?.kind === 'node' && selection.id === TRIGGER_NODE) {
    return (
      <Stack gap="sm">
        <TriggerForm
          trigger={definition.trigger}
          problems={stepProblems(null)}
          options={options}
          integration={automation.integration}
          readOnly={readOnly}
          onChange={(trigger) => onUpdate((d) => ({ ...d, trigger }))}
        />
        <StartStepSelect definition={definition} readOnly={readOnly} onChange={(id) => onUpdate((d) => connect(d, TRIGGER_NODE, 'start', id))} />
      </Stack>
    );
  }

  if (selection?.kind === 'node' && definition.steps[selection.id]) {
    const id = selection.id;
    return (
      <Stack gap="sm">
        <StepForm
          stepId={id}
          step={definition.steps[id]!}
          trigger={definition.trigger}
          problems={stepProblems(id)}
          options={options}
          readOnly={readOnly}
          onChange={(step) => onUpdate((d) => withStep(d, id, step))}
          onDelete={() => {
            onUpdate((d) => removeStep(d, id));
            onSelect(null);
          }}
        />
        <ExitsForm
          definition={definition}
          stepId={id}
          readOnly={readOnly}
          onConnect={(handle, to) => onUpdate((d) => (to ? connect(d, id, handle, to) : disconnect(d, id, handle)))}
        />
      </Stack>
    );
  }

  if (selection?.kind === 'edge') {
    const from = definition.steps[selection.source];
    const slot = from ? exitSlotsOf(from).find((s) => s.handle === selection.handle) : undefined;
    return (
      <Stack gap="sm">
        <Text fw={600} size="lg">
          {t('builder.connection')}
        </Text>
        <Text size="sm">
          {t('builder.connectionText', {
            from: selection.source === TRIGGER_NODE ? t('builder.trigger') : selection.source,
            exit: slot ? exitName(slot, t) : t('builder.startStep'),
            to: selection.target,
          })}
        </Text>
        {!readOnly && selection.source !== TRIGGER_NODE && (
          <Button
            variant="light"
            color="red"
            onClick={() => {
              onUpdate((d) => disconnect(d, selection.source, selection.handle));
              onSelect(null);
            }}
          >
            {t('builder.removeConnection')}
          </Button>
        )}
      </Stack>
    );
  }

  const general = problems.filter((p) => p.step === null);
  return (
    <Stack gap="sm">
      <TextInput label={t('list.name')} required disabled={readOnly} value={draft.name} onChange={(e) => onName(e.currentTarget.value)} />
      <Text size="sm" c="dimmed">
        {t('builder.selectHint')}
      </Text>
      {general.length > 0 && <ErrorAlert error={new Error(general.map((p) => p.message).join('\n'))} />}
    </Stack>
  );
}
