// Our own layered layout of a flowchart (top to bottom, orthogonal edges), in this thread, in the
// form ELK gives its result. It draws what these charts mostly are (small graphs whose drawing
// order is the reading order, loops known from the file) in a fraction of a millisecond where one
// ELK layout takes tens: layers (graph.ts), the order on each layer (order.ts), places across
// (place.ts), heights and routes (route.ts). It declines (undefined) what it does not draw — a
// loop leaving east, blocks that cannot be placed, an edge that would run through a step — and
// flow-placement.ts keeps it unless it has steps side by side numbered right to left; otherwise
// ELK lays the chart out too.

import type { Point } from '../../scene.js';
import type { ChartStyle } from '../chart-style.js';
import { sourcePortKey, targetPortKey, type ElkResult } from '../elk-layout.js';
import type { PlannedEdge } from '../flow-edges.js';
import type { StepBox } from '../step-boxes.js';
import { layeredGraph } from './graph.js';
import { orderLayers } from './order.js';
import { placeItems } from './place.js';
import { routeGaps } from './route.js';

/** The chart laid out, or undefined when this layout does not draw it (ELK then does). */
export function layeredLayout(boxes: readonly StepBox[], edges: readonly PlannedEdge[], style: ChartStyle): ElkResult | undefined {
  const graph = layeredGraph(boxes, edges);
  if (!graph) return undefined;
  orderLayers(graph);
  const left = placeItems(graph, style);
  if (!left) return undefined;
  const { tops, runY } = routeGaps(graph, left, style);
  const positions = new Map<string, Point>();
  for (const item of graph.nodes.values()) positions.set(item.box!.nodeId, { x: left.get(item)!, y: tops[item.layer]! });
  const port = (edge: PlannedEdge, end: 'from' | 'to'): Point => {
    const item = graph.nodes.get(edge[end])!;
    const at = item.box!.ports.get(end === 'from' ? sourcePortKey(edge) : targetPortKey(edge))!.at;
    return { x: left.get(item)! + at.x, y: tops[item.layer]! + at.y };
  };
  const routes = new Map<string, Point[]>();
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    const [start, end] = [port(edge, 'from'), port(edge, 'to')];
    const lanes = graph.lanes.get(edge.id)!;
    if (edge.back) {
      // A loop climbs on one x: its lanes must have been placed in one line.
      if (lanes.length === 0) return undefined;
      const laneX = left.get(lanes[0]!)!;
      for (const lane of lanes) if (left.get(lane) !== laneX) return undefined;
      routes.set(edge.id, [start, { x: laneX, y: start.y }, { x: laneX, y: end.y }, end]);
      continue;
    }
    const points = [start];
    if (edge.sourceSide !== 'S' && edge.southExit === undefined) points.push({ x: left.get(lanes[0]!)!, y: start.y });
    for (const link of graph.paths.get(edge.id) ?? []) {
      const y = runY.get(link);
      if (y !== undefined) points.push({ x: left.get(link.upper)! + link.outX, y }, { x: left.get(link.lower)! + link.inX, y });
    }
    points.push(end);
    routes.set(edge.id, points);
  }
  shift(positions, routes);
  const result = { positions, routes };
  return throughSteps(boxes, edges, result) ? undefined : result;
}

/** Everything moved (in place: every point is its own object) so that the drawing starts at 0 on both axes (as ELK's result does). */
function shift(positions: Map<string, Point>, routes: Map<string, Point[]>): void {
  let minX = Infinity;
  let minY = Infinity;
  for (const p of positions.values()) ((minX = Math.min(minX, p.x)), (minY = Math.min(minY, p.y)));
  for (const points of routes.values()) for (const p of points) ((minX = Math.min(minX, p.x)), (minY = Math.min(minY, p.y)));
  const move = (p: Point) => ((p.x -= minX), (p.y -= minY));
  for (const p of positions.values()) move(p);
  for (const points of routes.values()) for (const p of points) move(p);
}

/** Whether some edge runs through a step box other than its own two. */
function throughSteps(boxes: readonly StepBox[], edges: readonly PlannedEdge[], result: ElkResult): boolean {
  const rects = boxes.map((box) => {
    const at = result.positions.get(box.nodeId)!;
    return { step: box.step, x0: at.x + 0.5, y0: at.y + 0.5, x1: at.x + box.width - 0.5, y1: at.y + box.height - 0.5 };
  });
  for (const edge of edges) {
    const points = result.routes.get(edge.id);
    if (!points) continue;
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      const [x0, x1, y0, y1] = [Math.min(a.x, b.x), Math.max(a.x, b.x), Math.min(a.y, b.y), Math.max(a.y, b.y)];
      for (const r of rects) if (r.step !== edge.from && r.step !== edge.to && x1 > r.x0 && x0 < r.x1 && y1 > r.y0 && y0 < r.y1) return true;
    }
  }
  return false;
}
