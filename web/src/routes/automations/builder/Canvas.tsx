import '@xyflow/react/dist/style.css';
import {
  Background,
  Controls,
  MarkerType,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { connect, definitionToGraph, disconnect, removeStep, TRIGGER_NODE, withPositions } from '../model/graph';
import type { Definition, DefinitionProblem, StepReport } from '../model/types';
import { exitName, nodeTypes } from './nodes';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; source: string; handle: string; target: string } | null;

interface CanvasProps {
  definition: Definition;
  problems: DefinitionProblem[];
  reports: StepReport[] | undefined;
  selection: Selection;
  readOnly: boolean;
  /** Gets a function of the newest definition: several changes may arrive in one gesture. */
  onUpdate: (change: (definition: Definition) => Definition) => void;
  onSelect: (selection: Selection) => void;
}

type Size = { width: number; height: number };

const FIT_VIEW = { padding: 0.2, maxZoom: 1 };

/**
 * The flow on @xyflow/react. The definition is the only state: nodes and edges
 * are drawn from it on every change, and every gesture (drag, connect, delete)
 * is turned back into a new definition. Only the sizes @xyflow measures are
 * kept here, so nodes are not measured again at each redraw.
 */
export function Canvas({ definition, problems, reports, selection, readOnly, onUpdate, onSelect }: CanvasProps) {
  const { t } = useTranslation('automations');
  const [measured, setMeasured] = useState<Record<string, Size>>({});
  const { fitView } = useReactFlow();

  // A step added off screen is brought into view: the view fits the flow whenever it grows.
  const stepCount = Object.keys(definition.steps).length;
  const previousCount = useRef(stepCount);
  useEffect(() => {
    if (stepCount > previousCount.current) void fitView(FIT_VIEW);
    previousCount.current = stepCount;
  }, [stepCount, fitView]);

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('flow.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeHelpKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) => t('flow.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('flow.edgeHelp'),
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
      'controls.fitView.ariaLabel': t('flow.fitView'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    [t],
  );

  const { nodes, edges } = useMemo(() => {
    const selectedNode = selection?.kind === 'node' ? selection.id : null;
    const graph = definitionToGraph(definition, { problems, reports, selected: selectedNode });
    const flowNodes = graph.nodes.map((n) => ({ ...n, measured: measured[n.id] })) as Node[];
    const flowEdges: Edge[] = graph.edges.map((e) => ({
      ...e,
      type: 'smoothstep',
      label: e.data.slot ? exitName(e.data.slot, t) : undefined,
      labelBgPadding: [6, 3] as [number, number],
      labelBgBorderRadius: 4,
      markerEnd: { type: MarkerType.ArrowClosed },
      deletable: !readOnly && e.source !== TRIGGER_NODE,
      selected: selection?.kind === 'edge' && selection.source === e.source && selection.handle === e.sourceHandle,
    }));
    return { nodes: flowNodes, edges: flowEdges };
  }, [definition, problems, reports, selection, measured, readOnly, t]);

  const onNodesChange = (changes: NodeChange[]) => {
    const edits: Array<(d: Definition) => Definition> = [];
    const sizes: Record<string, Size> = {};
    for (const change of changes) {
      if (change.type === 'dimensions' && change.dimensions) sizes[change.id] = change.dimensions;
      if (change.type === 'position' && change.position && change.id !== TRIGGER_NODE && !readOnly) {
        const { id, position } = change;
        edits.push((d) => withPositions(d, [{ id, position }]));
      }
      if (change.type === 'select' && change.selected) onSelect({ kind: 'node', id: change.id });
      if (change.type === 'remove' && change.id !== TRIGGER_NODE && !readOnly) {
        const { id } = change;
        edits.push((d) => removeStep(d, id));
        onSelect(null);
      }
    }
    if (Object.keys(sizes).length > 0) setMeasured((m) => ({ ...m, ...sizes }));
    if (edits.length > 0) onUpdate((d) => edits.reduce((acc, edit) => edit(acc), d));
  };

  const onEdgesChange = (changes: EdgeChange[]) => {
    const edits: Array<(d: Definition) => Definition> = [];
    for (const change of changes) {
      if (!('id' in change)) continue;
      const edge = edges.find((e) => e.id === change.id);
      if (!edge) continue;
      if (change.type === 'select' && change.selected) onSelect({ kind: 'edge', source: edge.source, handle: edge.sourceHandle ?? '', target: edge.target });
      if (change.type === 'remove' && !readOnly) edits.push((d) => disconnect(d, edge.source, edge.sourceHandle));
    }
    if (edits.length > 0) onUpdate((d) => edits.reduce((acc, edit) => edit(acc), d));
  };

  const onConnect = (connection: Connection) => {
    if (!readOnly) onUpdate((d) => connect(d, connection.source, connection.sourceHandle, connection.target));
  };

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onPaneClick={() => onSelect(null)}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      deleteKeyCode={readOnly ? null : ['Backspace', 'Delete']}
      fitView
      fitViewOptions={FIT_VIEW}
      ariaLabelConfig={ariaLabelConfig}
      minZoom={0.2}
    >
      <Background gap={20} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}
