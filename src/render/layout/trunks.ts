// Long merges given to ELK as trunks. ELK's layered algorithm splits an edge that spans L layers
// into L - 1 dummy nodes, and every dummy takes part in crossing minimisation and placement. Many
// edges that merge into one step from far above (a chain of checks, each with a way out to one
// end) make that quadratic: 100 such edges are about 5,000 dummies, and ELK spends over a second
// on them. We draw such a merge as one trunk with the branches joining it (ISO 5807's flowline
// joins), so ELK may as well lay out the trunk: each branch ends at a junction point on it, and
// the trunk runs from junction to junction down to the step. Each edge's route is then the route
// of its branch followed by the trunk below its junction. Only merges that would cost ELK more
// dummies than TRUNK_DUMMIES are given as trunks: below that ELK's own routes cost little, and
// they keep the drawings of every chart under it as they were (the largest merge of the seed
// fixtures, the examples and the generated test SOPs makes 36 dummies; a chain of 100 decisions
// to one end about 4,900). Our own layout (layered/graph.ts) draws the same merges as one trunk
// too, with isLongMerge deciding which.

import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Point } from '../scene.js';

/** A merge whose edges would make more long-edge dummies than this is laid out as a trunk. */
export const TRUNK_DUMMIES = 400;

/** Whether edges into one step, crossing this many layers between their ends each, make a merge to lay out as a trunk. */
export function isLongMerge(spans: readonly number[]): boolean {
  return spans.length >= 3 && spans.reduce((sum, n) => sum + Math.max(0, n), 0) > TRUNK_DUMMIES;
}

/** An ELK graph with trunks in place of long merges, and how to read each original edge's route from its layout. */
export interface TrunkedGraph {
  graph: ElkNode;
  /** The route of every original edge by id (ELK coordinates), from the laid-out graph. */
  routes(result: ElkNode): Map<string, Point[]>;
}

/** The graph with its long merges (edges into one port, `forward` ones only) replaced by trunks; the graph itself when there is none. */
export function withTrunks(graph: ElkNode, forward: ReadonlySet<string>): TrunkedGraph {
  const children = graph.children ?? [];
  const edges = (graph.edges ?? []) as ElkExtendedEdge[];
  const nodeOfPort = new Map(children.flatMap((node) => (node.ports ?? []).map((port) => [port.id, node.id] as const)));
  const layer = layers(children, edges, forward, nodeOfPort);
  const groups = new Map<string, ElkExtendedEdge[]>();
  for (const edge of edges) if (forward.has(edge.id)) push(groups, edge.targets[0]!, edge);
  const trunks = [...groups.entries()].filter(([port, group]) => {
    const bottom = layer.get(nodeOfPort.get(port)!)!;
    return isLongMerge(group.map((e) => bottom - layer.get(nodeOfPort.get(e.sources[0]!)!)! - 1));
  });
  if (trunks.length === 0) return { graph, routes: (result) => routesOf(result) };
  const after = new Map<string, ElkNode[]>();
  const replaced = new Map<string, string[]>();
  const trunkEdges: ElkExtendedEdge[] = [];
  for (const [port, group] of trunks) {
    // Top to bottom by the layer of the source (list order among equals): the trunk starts below the first.
    const sorted = [...group].sort((a, b) => layer.get(nodeOfPort.get(a.sources[0]!)!)! - layer.get(nodeOfPort.get(b.sources[0]!)!)!);
    const junctions = sorted.slice(1).map((_, i) => junction(`${port}~j${i}`));
    junctions.forEach((node, i) => push(after, nodeOfPort.get(sorted[i + 1]!.sources[0]!)!, node));
    const inPort = (i: number) => junctions[i]!.ports![0]!.id;
    const outPort = (i: number) => junctions[i]!.ports![1]!.id;
    const link = (id: string, from: string, to: string) => trunkEdges.push({ id, sources: [from], targets: [to] });
    // The first two branches meet at the first junction; each later one at its own.
    sorted.forEach((edge, i) => link(`${edge.id}~b`, edge.sources[0]!, inPort(Math.max(0, i - 1))));
    junctions.forEach((_, i) => link(`${port}~t${i}`, outPort(i), i + 1 < junctions.length ? inPort(i + 1) : port));
    sorted.forEach((edge, i) => replaced.set(edge.id, [`${edge.id}~b`, ...junctions.slice(Math.max(0, i - 1)).map((_, k) => `${port}~t${k + Math.max(0, i - 1)}`)]));
  }
  const trunked: ElkNode = {
    ...graph,
    children: children.flatMap((node) => [node, ...(after.get(node.id) ?? [])]),
    edges: [...edges.filter((edge) => !replaced.has(edge.id)), ...trunkEdges],
  };
  return {
    graph: trunked,
    routes(result) {
      const parts = routesOf(result);
      for (const [id, pieces] of replaced) parts.set(id, pieces.flatMap((piece) => parts.get(piece) ?? []));
      for (const edge of trunkEdges) parts.delete(edge.id);
      return parts;
    },
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A junction point on a trunk: a node of no size, entered from above and left below at the same point. */
function junction(id: string): ElkNode {
  const port = (name: string, side: string) => ({ id: `${id}:${name}`, x: 0, y: 0, width: 0, height: 0, layoutOptions: { 'elk.port.side': side } });
  return { id, width: 0, height: 0, layoutOptions: { 'elk.portConstraints': 'FIXED_POS' }, ports: [port('in', 'NORTH'), port('out', 'SOUTH')] };
}

/** Each node's layer by the longest path of forward edges (the children are in an order where forward edges point down the list). */
function layers(children: readonly ElkNode[], edges: readonly ElkExtendedEdge[], forward: ReadonlySet<string>, nodeOfPort: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, string[]>();
  for (const edge of edges) if (forward.has(edge.id)) push(out, nodeOfPort.get(edge.sources[0]!)!, nodeOfPort.get(edge.targets[0]!)!);
  const layer = new Map(children.map((node) => [node.id, 0]));
  for (const node of children) for (const to of out.get(node.id) ?? []) layer.set(to, Math.max(layer.get(to)!, layer.get(node.id)! + 1));
  return layer;
}

/** Every edge's route in the laid-out graph: its sections' points in order. */
function routesOf(result: ElkNode): Map<string, Point[]> {
  const routes = new Map<string, Point[]>();
  for (const edge of (result.edges ?? []) as ElkExtendedEdge[]) {
    const points: Point[] = [];
    for (const section of edge.sections ?? []) points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
    routes.set(edge.id, points.map((p) => ({ x: p.x, y: p.y })));
  }
  return routes;
}
