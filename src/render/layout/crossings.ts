// How tangled a drawing is: where edge polylines cross each other and how often they turn. Used
// by the layout (to choose between ELK's alternatives) and by the chart metrics (against dot).
// A crossing is two segments of different lines meeting at one point inside both; lines that
// touch (a branch joining another's trunk at a T, two edges sharing a run) do not cross.

import type { Point } from '../scene.js';

/** How far from a segment's ends a meeting point must lie to count as a crossing. */
const END_CLEARANCE = 0.5;

interface Segment {
  a: Point;
  b: Point;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function segmentsOf(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (Math.hypot(b.x - a.x, b.y - a.y) < 1e-6) continue;
    out.push({ a, b, minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x), minY: Math.min(a.y, b.y), maxY: Math.max(a.y, b.y) });
  }
  return out;
}

/** Whether two segments meet at one point lying clear of all four ends. */
function segmentsCross(s: Segment, t: Segment): boolean {
  if (s.maxX < t.minX || t.maxX < s.minX || s.maxY < t.minY || t.maxY < s.minY) return false;
  const rx = s.b.x - s.a.x;
  const ry = s.b.y - s.a.y;
  const qx = t.b.x - t.a.x;
  const qy = t.b.y - t.a.y;
  const denominator = rx * qy - ry * qx;
  const lengthS = Math.hypot(rx, ry);
  const lengthT = Math.hypot(qx, qy);
  // Parallel (or collinear: a shared run) never crosses.
  if (Math.abs(denominator) < 1e-9 * lengthS * lengthT) return false;
  const wx = t.a.x - s.a.x;
  const wy = t.a.y - s.a.y;
  const u = (wx * qy - wy * qx) / denominator;
  const v = (wx * ry - wy * rx) / denominator;
  const marginS = END_CLEARANCE / lengthS;
  const marginT = END_CLEARANCE / lengthT;
  return u > marginS && u < 1 - marginS && v > marginT && v < 1 - marginT;
}

/** The crossings between the lines (each pair of crossing segments of two different lines once). */
export function countCrossings(lines: readonly (readonly Point[])[]): number {
  return crossingPairs(lines).length;
}

/** Which lines cross: a pair of line indices per crossing. */
export function crossingPairs(lines: readonly (readonly Point[])[]): [number, number][] {
  const segments = lines.map(segmentsOf);
  const boxes = segments.map((list) => ({
    minX: Math.min(...list.map((s) => s.minX)),
    maxX: Math.max(...list.map((s) => s.maxX)),
    minY: Math.min(...list.map((s) => s.minY)),
    maxY: Math.max(...list.map((s) => s.maxY)),
  }));
  const pairs: [number, number][] = [];
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const p = boxes[i]!;
      const q = boxes[j]!;
      if (p.maxX < q.minX || q.maxX < p.minX || p.maxY < q.minY || q.maxY < p.minY) continue;
      for (const s of segments[i]!) for (const t of segments[j]!) if (segmentsCross(s, t)) pairs.push([i, j]);
    }
  }
  return pairs;
}

/** Smaller than this turn (radians), a change of direction is a polyline's wobble, not a bend. */
const BEND_ANGLE = 0.35;

/** How often the line turns (between its segments, ignoring sub-point pieces). */
export function countBends(points: readonly Point[]): number {
  let bends = 0;
  let heading: number | undefined;
  let from = points[0];
  for (let i = 1; i < points.length && from; i++) {
    const p = points[i]!;
    if (Math.hypot(p.x - from.x, p.y - from.y) < END_CLEARANCE) continue;
    const angle = Math.atan2(p.y - from.y, p.x - from.x);
    if (heading !== undefined) {
      const turn = Math.abs(Math.atan2(Math.sin(angle - heading), Math.cos(angle - heading)));
      if (turn > BEND_ANGLE) bends++;
    }
    heading = angle;
    from = p;
  }
  return bends;
}

/** A numbered symbol: its step number and its box. */
export interface NumberedBox {
  number: number;
  x: number;
  y: number;
  height: number;
}

/**
 * Pairs of symbols side by side (their heights overlapping by at least half the smaller one)
 * whose numbers run right to left: a reader takes them in the wrong order.
 */
export function countInversions(boxes: readonly NumberedBox[]): number {
  const sorted = [...boxes].sort((a, b) => a.y - b.y);
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.y >= a.y + a.height) break;
      const overlap = Math.min(a.y + a.height, b.y + b.height) - b.y;
      if (overlap < Math.min(a.height, b.height) / 2) continue;
      if ((a.x < b.x) !== (a.number < b.number)) count++;
    }
  }
  return count;
}

/**
 * Points where edges meet from all four directions (a "+" junction: lines joining a trunk from both
 * sides at the point where another runs through), which a reader takes for a crossing.
 */
export function countFourWayJoins(lines: readonly (readonly Point[])[]): number {
  const segments = lines.flatMap((line, index) => segmentsOf(line).map((s) => ({ ...s, index })));
  const points = new Map<string, Point>();
  for (const s of segments) for (const p of [s.a, s.b]) points.set(`${Math.round(p.x * 2)},${Math.round(p.y * 2)}`, p);
  let count = 0;
  for (const p of points.values()) {
    const directions = new Set<string>();
    const owners = new Set<number>();
    for (const s of segments) {
      if (p.x < s.minX - END_CLEARANCE || p.x > s.maxX + END_CLEARANCE || p.y < s.minY - END_CLEARANCE || p.y > s.maxY + END_CLEARANCE) continue;
      const vertical = Math.abs(s.a.x - s.b.x) < 0.01;
      const horizontal = Math.abs(s.a.y - s.b.y) < 0.01;
      if (vertical && Math.abs(s.a.x - p.x) < END_CLEARANCE) {
        if (s.minY < p.y - END_CLEARANCE) directions.add('up');
        if (s.maxY > p.y + END_CLEARANCE) directions.add('down');
        owners.add(s.index);
      } else if (horizontal && Math.abs(s.a.y - p.y) < END_CLEARANCE) {
        if (s.minX < p.x - END_CLEARANCE) directions.add('left');
        if (s.maxX > p.x + END_CLEARANCE) directions.add('right');
        owners.add(s.index);
      }
    }
    if (directions.size === 4 && owners.size >= 2) count++;
  }
  return count;
}
