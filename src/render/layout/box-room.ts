// The room each step's box may take, known before ELK places anything: the flow column's width
// shared among the steps of its row. Rows are estimated as ELK will make them (its layers): a step
// one layer below the lowest step that leads to it (loops aside); an edge that spans layers passes
// every layer between: a forward edge as a lane as wide as a box (it runs straight down from one),
// a loop as a line beside the flow. One pass over the steps and edges.

import type { Step } from '../../model/types.js';
import type { ChartStyle } from './chart-style.js';
import type { PlannedEdge } from './flow-edges.js';

export interface RowEstimate {
  /** Each step's estimated layer (0 = top). */
  layers: Map<Step, number>;
  /** Steps per layer. */
  counts: number[];
  /** Forward edges passing through each layer (between their ends): each is a lane as wide as a box. */
  passing: number[];
  /** Loops passing through each layer: each a line beside the flow. */
  loops: number[];
}

/** Layers by longest path over the forward edges, in drawing order (a topological order). */
export function estimateRows(order: ReadonlyMap<Step, number>, edges: readonly PlannedEdge[]): RowEstimate {
  const layers = new Map<Step, number>();
  const incoming = new Map<Step, PlannedEdge[]>();
  for (const edge of edges) {
    if (edge.back || edge.from === edge.to) continue;
    const list = incoming.get(edge.to);
    if (list) list.push(edge);
    else incoming.set(edge.to, [edge]);
  }
  for (const step of order.keys()) layers.set(step, Math.max(0, ...(incoming.get(step) ?? []).map((e) => (layers.get(e.from) ?? 0) + 1)));
  const depth = Math.max(0, ...layers.values()) + 1;
  const counts = new Array<number>(depth).fill(0);
  const passing = new Array<number>(depth).fill(0);
  const loops = new Array<number>(depth).fill(0);
  for (const layer of layers.values()) counts[layer]!++;
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    const a = layers.get(edge.from) ?? 0;
    const b = layers.get(edge.to) ?? 0;
    for (let l = Math.min(a, b) + 1; l < Math.max(a, b); l++) (edge.back ? loops : passing)[l]!++;
  }
  return { layers, counts, passing, loops };
}

/** The most a box may take: in every row, or only in the widest rows (those that set the flow's width). */
export interface RoomCap {
  width: number;
  widestRowsOnly: boolean;
}

export const NO_CAP: RoomCap = { width: Infinity, widestRowsOnly: false };

/**
 * Each step's room (at most `cap`), a share of the flow column's width (less its padding). ELK lines the steps up
 * in lanes (an edge runs straight down where it can) and keeps a lane where it is from row to row:
 * a step gets one lane of the chart's widest row, and half of each lane its own row leaves free
 * (a box as wide as its row would push the lanes beside the rows above and below aside).
 */
export function boxRooms(rows: RowEstimate, flowRoom: number, style: ChartStyle, cap: RoomCap = NO_CAP): Map<Step, number> {
  const lanesAt = (l: number) => rows.counts[l]! + rows.passing[l]!;
  let widest = 1;
  let loops = 0;
  for (let l = 0; l < rows.counts.length; l++) ((widest = Math.max(widest, lanesAt(l))), (loops = Math.max(loops, rows.loops[l]!)));
  const lane = (flowRoom - (widest - 1) * style.nodeSpacing - loops * 2 * style.edgeSpacing) / widest;
  const rooms = new Map<Step, number>();
  const capAt = (layer: number) => (cap.widestRowsOnly && lanesAt(layer) < widest ? Infinity : cap.width);
  for (const [step, layer] of rows.layers) rooms.set(step, Math.min(capAt(layer), lane * (1 + (widest - lanesAt(layer)) / 2)));
  return rooms;
}

/**
 * Each step's room at most `cap` and its lane (its room without a cap): one map for both when the
 * cap limits nothing (an infinite width, in every row or only the widest: neither is changed once made).
 */
export function roomsAndLanes(rows: RowEstimate, flowRoom: number, style: ChartStyle, cap: RoomCap): { rooms: Map<Step, number>; lanes: Map<Step, number> } {
  const lanes = boxRooms(rows, flowRoom, style);
  return { rooms: cap.width === Infinity ? lanes : boxRooms(rows, flowRoom, style, cap), lanes };
}

type PlacedRow = readonly { box: { step: Step; width: number; height: number }; x: number; y: number }[];

/**
 * Rooms read from a flow ELK has placed (its rows, within `bounds`): ELK keeps a box centred on its
 * lane, so a box may grow on both sides by the least of what lies free to its left and to its right:
 * half the gap to a neighbouring box, the gap to a line running down beside it (less `spacing`), or
 * the bounds. A row as wide as the flow keeps its boxes; a lone box with nothing beside it takes what is free.
 */
export function roomsFromRows(rows: readonly PlacedRow[], lines: Iterable<readonly { x: number; y: number }[]>, bounds: { left: number; right: number }, spacing: number, lonesTakeAll = false): Map<Step, number> {
  const verticals: { x: number; y1: number; y2: number }[] = [];
  for (const points of lines) {
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      if (Math.abs(a.x - b.x) < 0.5) verticals.push({ x: a.x, y1: Math.min(a.y, b.y), y2: Math.max(a.y, b.y) });
    }
  }
  const rooms = new Map<Step, number>();
  for (const unsorted of rows) {
    const row = [...unsorted].sort((a, b) => a.x - b.x);
    const top = Math.min(...row.map((p) => p.y));
    const bottom = Math.max(...row.map((p) => p.y + p.box.height));
    const inBox = (x: number) => row.some((p) => x >= p.x - 0.5 && x <= p.x + p.box.width + 0.5);
    const beside = verticals.filter((v) => v.y2 > top + 1 && v.y1 < bottom - 1 && !inBox(v.x)).map((v) => v.x);
    // With `lonesTakeAll`, a lone box with no line beside it (nothing holds it in place) takes the whole width.
    if (lonesTakeAll && row.length === 1 && beside.length === 0) {
      rooms.set(row[0]!.box.step, Math.max(row[0]!.box.width, bounds.right - bounds.left));
      continue;
    }
    row.forEach((p, i) => {
      const [before, after] = [row[i - 1], row[i + 1]];
      const right = p.x + p.box.width;
      const leftFree = Math.min(before ? (p.x - (before.x + before.box.width) - spacing) / 2 : p.x - bounds.left, ...beside.filter((x) => x < p.x).map((x) => p.x - x - spacing));
      const rightFree = Math.min(after ? (after.x - right - spacing) / 2 : bounds.right - right, ...beside.filter((x) => x > right).map((x) => x - right - spacing));
      rooms.set(p.box.step, p.box.width + 2 * Math.max(0, Math.min(leftFree, rightFree)));
    });
  }
  return rooms;
}
