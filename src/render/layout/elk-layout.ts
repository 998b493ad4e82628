// Runs ELK (layered, top to bottom, orthogonal edges) on the step boxes, in one ELK thread per
// process (elk-thread.ts: a time budget), and a small cache of results: the SVG chart and the handbook's first try lay out the
// same graph, and the same graph always gets the same layout. Facts that shaped the options:
// with default options ELK reverses forward edges so they point upward; MODEL_ORDER cycle
// breaking with NODES_AND_EDGES model order keeps the YAML order and makes loops the back edges.
// Edges attach to fixed ports on the boxes (ELK gets only the ports an edge uses). forceNodeModelOrder is left off: with it ELK moves
// some WEST/EAST ports to the opposite side of their node and its routes then cut through
// shapes; runElk checks that every port stayed where it was put (and lays out again without
// model order if one did not; an alternative a caller asks for just fails). Brandes–Köpf node
// placement: over the seed fixtures and examples it bends the edges a quarter less often than
// network simplex (197 bends against 259) and grows linearly where network simplex grows about
// n^2.4. A step's loop to itself is not given to ELK: step-boxes draws it inside the node's margin.

import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Point } from '../scene.js';
import type { ChartStyle } from './chart-style.js';
import type { PlannedEdge } from './flow-edges.js';
import { layoutInThread } from './elk-thread.js';
import { withTrunks } from './trunks.js';
import type { StepBox } from './step-boxes.js';

export interface ElkResult {
  /** Top-left of each box by node id. */
  positions: Map<string, Point>;
  /** Route of each edge by edge id: from the source port to the target port. */
  routes: Map<string, Point[]>;
}

function sourcePortKey(edge: PlannedEdge): string {
  if (edge.southExit !== undefined) return `S${edge.southExit}`;
  return edge.sourceSide === 'W' ? 'Wout' : edge.sourceSide;
}

function targetPortKey(edge: PlannedEdge): string {
  return edge.targetSide === 'W' ? 'Win' : 'N';
}

export { sourcePortKey, targetPortKey };

/**
 * Layouts by graph (its JSON before layout: ELK writes into the graph), most recent last; bounded.
 * A layout is kept from the moment it is asked for, so a second request for a graph still being
 * laid out waits for that layout instead of running ELK again; a layout that fails is dropped.
 */
const cache = new Map<string, Promise<ElkNode>>();
const CACHE_SIZE = 64;
let runs = 0;

/** How many layouts ELK has run in this process (not those the cache answered): for `npm run bench`. */
export function elkRunCount(): number {
  return runs;
}

/** The graph's layout: from the cache, else by `lay` (ELK's thread). */
export function layoutCached(graph: ElkNode, lay: (graph: ElkNode) => Promise<ElkNode> = layoutInThread): Promise<ElkNode> {
  const key = JSON.stringify(graph);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  runs++;
  const result = lay(graph);
  cache.set(key, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  result.catch(() => {
    if (cache.get(key) === result) cache.delete(key);
  });
  return result;
}

/** The first port ELK did not leave where the box put it (FIXED_POS), if any. ELK writes its result into the graph it is given. */
function movedPort(boxes: StepBox[], result: ElkNode): string | undefined {
  const at = new Map(boxes.flatMap((box) => [...box.ports.values()].map((port) => [port.id, port.at] as const)));
  for (const child of result.children ?? []) {
    for (const port of child.ports ?? []) {
      const before = at.get(port.id);
      if (before && (Math.abs((port.x ?? 0) - before.x) > 0.5 || Math.abs((port.y ?? 0) - before.y) > 0.5)) return port.id;
    }
  }
  return undefined;
}

/**
 * The box as an ELK node: its size and its ports where the box puts them (FIXED_POS); only the
 * ports in `used` when given. A port no edge uses changes nothing in ELK's layout (the same
 * positions and routes on every graph of the fixtures, the examples and 100 generated SOPs;
 * test/render/layout/elk-layout.test.ts) but costs ELK time on every node of every layer.
 */
export function elkNode(box: StepBox, used?: ReadonlySet<string>): ElkNode {
  const ports = [...box.ports.values()].filter((port) => !used || used.has(port.id));
  return {
    id: box.nodeId,
    width: box.width,
    height: box.height,
    layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
    ports: ports.map((port) => ({ id: port.id, x: port.at.x, y: port.at.y, width: 0, height: 0, layoutOptions: { 'elk.port.side': port.side } })),
  };
}

/** The graph ELK lays out: the boxes with the ports their edges use, the edges between boxes (a step's loop to itself is drawn by step-boxes), our options and the variant's on top. */
export function elkGraph(boxes: StepBox[], edges: PlannedEdge[], style: ChartStyle, variant: Record<string, string> = {}): ElkNode {
  const byStep = new Map(boxes.map((b) => [b.step, b]));
  const elkEdges: ElkExtendedEdge[] = edges
    .filter((edge) => edge.from !== edge.to)
    .map((edge) => ({
      id: edge.id,
      sources: [byStep.get(edge.from)!.ports.get(sourcePortKey(edge))!.id],
      targets: [byStep.get(edge.to)!.ports.get(targetPortKey(edge))!.id],
    }));
  const used = new Set(elkEdges.flatMap((edge) => [...edge.sources, ...edge.targets]));
  const layoutOptions: Record<string, string> = {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    // Flows that do not meet (a file with several) side by side in list order.
    'elk.layered.considerModelOrder.components': 'MODEL_ORDER',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.spacing.nodeNode': String(style.nodeSpacing),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(style.layerSpacing),
    'elk.spacing.edgeNode': String(style.edgeSpacing),
    'elk.spacing.edgeEdge': String(style.edgeSpacing * 0.8),
    'elk.layered.spacing.edgeNodeBetweenLayers': String(style.edgeSpacing),
    'elk.layered.spacing.edgeEdgeBetweenLayers': String(style.edgeSpacing * 0.8),
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    'elk.randomSeed': '1',
    ...variant,
  };
  return { id: 'root', layoutOptions, children: boxes.map((box) => elkNode(box, used)), edges: elkEdges };
}

export async function runElk(boxes: StepBox[], edges: PlannedEdge[], style: ChartStyle, variant: Record<string, string> = {}): Promise<ElkResult> {
  const forward = new Set(edges.filter((edge) => !edge.back && edge.from !== edge.to).map((edge) => edge.id));
  const base = withTrunks(elkGraph(boxes, edges, style, variant), forward);
  const options = base.graph.layoutOptions!;
  // Should ELK ever move a port, lay out again without model order in crossing minimisation.
  const graph = (layoutOptions: Record<string, string>): ElkNode => ({ id: 'root', layoutOptions, children: structuredClone(base.graph.children), edges: structuredClone(base.graph.edges) });
  let result = await layoutCached(graph(options));
  // (An alternative's own options are not second-guessed: it fails, and the caller keeps another layout.)
  if (Object.keys(variant).length === 0 && movedPort(boxes, result)) result = await layoutCached(graph({ ...options, 'elk.layered.considerModelOrder.strategy': 'NONE' }));
  const moved = movedPort(boxes, result);
  if (moved) throw new Error(`ELK moved port ${moved}`);
  const positions = new Map<string, Point>();
  for (const child of result.children ?? []) positions.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  return { positions, routes: base.routes(result) };
}
