// The chart's rows: ELK's layers (boxes whose vertical extents overlap), with the boundaries
// between them in the gaps between layers, clear of horizontal edge runs (so that a page break,
// which falls on a boundary, never runs along an edge).

import type { Point } from '../scene.js';
import type { PlacedBox } from './step-boxes.js';

export interface RowBands {
  /** Per row: the top of its highest box and the bottom of its lowest. */
  tops: number[];
  bottoms: number[];
  /** rows + 1 boundaries, top to bottom, in ELK coordinates. */
  boundaries: number[];
}

/** Groups boxes whose vertical extents overlap (ELK's layers) into rows, top to bottom. */
export function clusterRows(placed: PlacedBox[]): PlacedBox[][] {
  const sorted = [...placed].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PlacedBox[][] = [];
  let bottom = -Infinity;
  for (const p of sorted) {
    if (rows.length === 0 || p.y >= bottom - 0.01) {
      rows.push([p]);
      bottom = p.y + p.box.height;
    } else {
      rows[rows.length - 1]!.push(p);
      bottom = Math.max(bottom, p.y + p.box.height);
    }
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

/** The rows' extents and the boundaries between them; `padding` is left above the first and below the last. */
export function rowBands(clusters: PlacedBox[][], routes: Iterable<Point[]>, padding: number): RowBands {
  const horizontalYs: number[] = [];
  let minEdgeY = Infinity;
  let maxEdgeY = -Infinity;
  for (const points of routes) {
    for (let i = 0; i < points.length; i++) {
      minEdgeY = Math.min(minEdgeY, points[i]!.y);
      maxEdgeY = Math.max(maxEdgeY, points[i]!.y);
      if (i > 0 && Math.abs(points[i]!.y - points[i - 1]!.y) < 0.01) horizontalYs.push(points[i]!.y);
    }
  }
  const tops = clusters.map((row) => Math.min(...row.map((p) => p.y)));
  const bottoms = clusters.map((row) => Math.max(...row.map((p) => p.y + p.box.height)));
  const boundaries: number[] = [Math.min(tops[0] ?? 0, minEdgeY) - padding];
  for (let i = 1; i < clusters.length; i++) boundaries.push(freeY(bottoms[i - 1]!, tops[i]!, horizontalYs));
  boundaries.push(Math.max(bottoms[bottoms.length - 1] ?? 0, maxEdgeY) + padding);
  return { tops, bottoms, boundaries };
}

/** A y in (low, high) as far as possible from the given horizontal segments' y values. */
function freeY(low: number, high: number, taken: number[]): number {
  const marks = [low, ...taken.filter((y) => y > low && y < high).sort((a, b) => a - b), high];
  let best = (low + high) / 2;
  let bestGap = -1;
  for (let i = 0; i + 1 < marks.length; i++) {
    const gap = marks[i + 1]! - marks[i]!;
    if (gap > bestGap + 0.01) {
      bestGap = gap;
      best = (marks[i]! + marks[i + 1]!) / 2;
    }
  }
  return best;
}
