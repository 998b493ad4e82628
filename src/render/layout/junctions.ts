// Joins without "+" junctions. Edges that merge into one step (or fork from one) share the trunk
// at its port; ELK brings the branches onto the trunk along one horizontal run, so where a branch
// comes from each side while another runs straight through, the lines meet as a "+", which reads
// as a crossing. ISO 5807 joins flowlines as plain T's: the branches from the right then meet the
// trunk a little lower (for a fork: leave it a little lower), each side a T of its own.

import type { Point } from '../scene.js';

/** Closer than this, two coordinates are one (ELK leaves sub-point jogs where ports sit a hair off a route). */
const EPS = 0.5;

/** One polyline of a group sharing a trunk at x, and its run onto (or off) the trunk. */
interface Branch {
  points: Point[];
  /** Index of the point where the horizontal run meets the trunk (-1: the polyline runs along the trunk only). */
  at: number;
  side: -1 | 0 | 1;
}

/** Lines ending (merge) or starting (fork) at the same point, each as its points (moved in place). */
export function staggerJoins(lines: Point[][], end: 'merge' | 'fork', shift: number): void {
  if (lines.length < 3) return;
  // A fork is a merge read backwards.
  const oriented = lines.map((points) => (end === 'merge' ? points : [...points].reverse()));
  const port = oriented[0]![oriented[0]!.length - 1]!;
  const branches = oriented.map((points) => branchOf(points, port.x));
  const levels = new Map<number, Branch[]>();
  for (const b of branches) if (b.side !== 0) levels.set(Math.round(b.points[b.at]!.y * 10), [...(levels.get(Math.round(b.points[b.at]!.y * 10)) ?? []), b]);
  for (const group of levels.values()) {
    const y = group[0]!.points[group[0]!.at]!.y;
    if (!group.some((b) => b.side < 0) || !group.some((b) => b.side > 0)) continue;
    // A "+" only where the trunk also goes on away from the port beyond this level.
    const away = (p: Point) => (port.y > y ? p.y < y - EPS : p.y > y + EPS);
    const through = branches.some((b) => b.points.some((p, i) => Math.abs(p.x - port.x) < EPS && away(p) && (b.at < 0 || i >= b.at)));
    if (!through) continue;
    const moved = group.filter((b) => b.side > 0);
    // Toward the port when the trunk's stub leaves room for the arrowhead, else away from it.
    const toward = Math.sign(port.y - y);
    const direction = Math.abs(port.y - y) > 3 * shift ? toward : -toward;
    for (const b of moved) moveRun(b, y + direction * shift);
  }
  if (end === 'fork') oriented.forEach((points, i) => lines[i]!.splice(0, points.length, ...points.reverse()));
}

/** Where a polyline's last horizontal run meets the trunk at x (its points after that lie on the trunk). */
function branchOf(points: Point[], x: number): Branch {
  let k = points.length - 1;
  while (k > 0 && Math.abs(points[k - 1]!.x - x) < EPS) k--;
  if (k === 0) return { points, at: -1, side: 0 };
  const from = points[k - 1]!;
  const onto = points[k]!;
  if (Math.abs(from.y - onto.y) > EPS) return { points, at: -1, side: 0 };
  return { points, at: k, side: from.x < x ? -1 : 1 };
}

/** Moves a branch's run onto the trunk to height y (the run's far end moves along its own vertical line). */
function moveRun(branch: Branch, y: number): void {
  const { points, at } = branch;
  const before = points[at - 2];
  // The run's far end stays on its vertical line (never the line's start: an outline point), short of that line's other end.
  if (!before || Math.abs(before.x - points[at - 1]!.x) > EPS || Math.sign(y - before.y) !== Math.sign(points[at - 1]!.y - before.y)) return;
  points[at - 1] = { x: points[at - 1]!.x, y };
  points[at] = { x: points[at]!.x, y };
}
