// Edge polylines from ELK's placement: symbol outline → port → ELK's route → port → outline, in
// ELK coordinates, cleaned of repeated points, of the middle of straight runs and of the sub-point
// jogs at their ends (ELK's rounding), so that every arrowhead points along its last run; branches
// joining a shared trunk from both sides meet it at two heights, never as a "+". A step's loop to
// itself is the one its box drew.

import type { Point } from '../scene.js';
import { sourcePortKey, targetPortKey, type ElkResult } from './elk-layout.js';
import type { PlannedEdge } from './flow-edges.js';
import { staggerJoins } from './junctions.js';
import type { PlacedBox } from './step-boxes.js';

/** The polyline of every edge by edge id; `joinShift`: how far apart branches join a shared trunk from either side (junctions.ts). */
export function edgeRoutes(edges: readonly PlannedEdge[], placedByStep: ReadonlyMap<PlannedEdge['from'], PlacedBox>, elkRoutes: ElkResult['routes'], joinShift: number): Map<string, Point[]> {
  const abs = (p: PlacedBox, q: Point): Point => ({ x: p.x + q.x, y: p.y + q.y });
  const routes = new Map<string, Point[]>();
  for (const edge of edges) {
    const source = placedByStep.get(edge.from)!;
    if (edge.from === edge.to) {
      routes.set(edge.id, source.box.selfLoop!.points.map((q) => abs(source, q)));
      continue;
    }
    const target = placedByStep.get(edge.to)!;
    const sourcePort = source.box.ports.get(sourcePortKey(edge))!;
    const targetPort = target.box.ports.get(targetPortKey(edge))!;
    const route = elkRoutes.get(edge.id) ?? [abs(source, sourcePort.at), abs(target, targetPort.at)];
    routes.set(edge.id, simplify([abs(source, sourcePort.anchor), abs(source, sourcePort.at), ...route, abs(target, targetPort.at), abs(target, targetPort.anchor)]));
  }
  const groups = new Map<string, { end: 'merge' | 'fork'; lines: Point[][] }>();
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    const keys: [string, 'merge' | 'fork'][] = [[`${edge.from.id}\u0000${sourcePortKey(edge)}`, 'fork']];
    if (!edge.back) keys.push([`${edge.to.id}\u0000${targetPortKey(edge)}\u0000in`, 'merge']);
    for (const [key, end] of keys) {
      const group = groups.get(key) ?? { end, lines: [] };
      group.lines.push(routes.get(edge.id)!);
      groups.set(key, group);
    }
  }
  for (const { end, lines } of groups.values()) staggerJoins(lines, end, joinShift);
  return routes;
}

/** Removes repeated points and the middle of straight runs. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2]!;
      const b = out[out.length - 1]!;
      const straight = (Math.abs(a.x - b.x) < 0.01 && Math.abs(b.x - p.x) < 0.01) || (Math.abs(a.y - b.y) < 0.01 && Math.abs(b.y - p.y) < 0.01);
      const sameWay = (b.x - a.x) * (p.x - b.x) + (b.y - a.y) * (p.y - b.y) > 0;
      if (straight && sameWay) out.pop();
    }
    out.push({ x: p.x, y: p.y });
  }
  // Both ends: the last run (so the arrowhead points along it), then the first (reversed).
  return straightenEndJog(straightenEndJog(out).reverse()).reverse();
}

/** Shorter than this, a segment is ELK's rounding (a port a hair off the route), not a turn. */
const JOG = 0.5;

/**
 * [… Z, A, B, T] where B→T is a sub-point jog across the A→B run (ports placed a fraction of a
 * point off the route): move the run (A and B) onto T's line, so the edge arrives straight and its
 * arrowhead points along the run, not sideways. Z→A is perpendicular to A→B, so it stays
 * straight; the outline points (the first and T) never move. With three points there is no room:
 * the arrowhead then takes its direction from the run (arrow.ts).
 */
function straightenEndJog(points: Point[]): Point[] {
  const n = points.length;
  if (n < 4) return points;
  const [a, b, t] = [points[n - 3]!, points[n - 2]!, points[n - 1]!];
  const jog = Math.hypot(t.x - b.x, t.y - b.y);
  if (jog === 0 || jog >= JOG) return points;
  const vertical = Math.abs(a.x - b.x) < 0.01;
  const horizontal = Math.abs(a.y - b.y) < 0.01;
  if (vertical && Math.abs(t.y - b.y) < 0.01) {
    a.x = t.x;
    b.x = t.x;
  } else if (horizontal && Math.abs(t.x - b.x) < 0.01) {
    a.y = t.y;
    b.y = t.y;
  } else {
    return points;
  }
  return points.slice(0, -2).concat(t);
}
