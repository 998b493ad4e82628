// Runs ELK (layered, top to bottom, orthogonal edges) on the step boxes. One ELK instance per
// process. Facts that shaped the options: with default options ELK reverses forward edges so
// they point upward; MODEL_ORDER cycle breaking with NODES_AND_EDGES model order keeps the
// YAML order and makes loops the back edges. Edges attach to fixed ports on the boxes.

import { createRequire } from 'node:module';
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Point } from '../scene.js';
import type { ChartStyle } from './chart-style.js';
import type { PlannedEdge } from './flow-edges.js';
import type { StepBox } from './step-boxes.js';

// elkjs is CommonJS; its bundled build runs in process (no worker).
const ElkConstructor = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as new () => ELK;

let instance: ELK | undefined;

function elk(): ELK {
  instance ??= new ElkConstructor();
  return instance;
}

export interface ElkResult {
  /** Top-left of each box by node id. */
  positions: Map<string, Point>;
  /** Route of each edge by edge id: from the source port to the target port. */
  routes: Map<string, Point[]>;
}

function sourcePortKey(edge: PlannedEdge): string {
  return edge.sourceSide === 'W' ? 'Wout' : edge.sourceSide;
}

function targetPortKey(edge: PlannedEdge): string {
  return edge.targetSide === 'W' ? 'Win' : 'N';
}

export { sourcePortKey, targetPortKey };

export async function runElk(boxes: StepBox[], edges: PlannedEdge[], style: ChartStyle): Promise<ElkResult> {
  const byStep = new Map(boxes.map((b) => [b.step, b]));
  const children: ElkNode[] = boxes.map((box) => ({
    id: box.nodeId,
    width: box.width,
    height: box.height,
    layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
    ports: [...box.ports.values()].map((port) => ({
      id: port.id,
      x: port.at.x,
      y: port.at.y,
      width: 0,
      height: 0,
      layoutOptions: { 'elk.port.side': port.side },
    })),
  }));
  const elkEdges: ElkExtendedEdge[] = edges.map((edge) => ({
    id: edge.id,
    sources: [byStep.get(edge.from)!.ports.get(sourcePortKey(edge))!.id],
    targets: [byStep.get(edge.to)!.ports.get(targetPortKey(edge))!.id],
  }));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.spacing.nodeNode': String(style.nodeSpacing),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(style.layerSpacing),
      'elk.spacing.edgeNode': String(style.edgeSpacing),
      'elk.spacing.edgeEdge': String(style.edgeSpacing * 0.8),
      'elk.layered.spacing.edgeNodeBetweenLayers': String(style.edgeSpacing),
      'elk.layered.spacing.edgeEdgeBetweenLayers': String(style.edgeSpacing * 0.8),
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
      'elk.randomSeed': '1',
    },
    children,
    edges: elkEdges,
  };
  const result = await elk().layout(graph);
  const positions = new Map<string, Point>();
  for (const child of result.children ?? []) positions.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  const routes = new Map<string, Point[]>();
  for (const edge of (result.edges ?? []) as ElkExtendedEdge[]) {
    const points: Point[] = [];
    for (const section of edge.sections ?? []) {
      points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
    }
    routes.set(edge.id, points.map((p) => ({ x: p.x, y: p.y })));
  }
  return { positions, routes };
}
