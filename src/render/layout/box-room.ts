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

/**
 * Each step's room, a share of the flow column's width (less its padding). ELK lines the steps up
 * in lanes (an edge runs straight down where it can) and keeps a lane where it is from row to row:
 * a step gets one lane of the chart's widest row, and half of each lane its own row leaves free
 * (a box as wide as its row would push the lanes beside the rows above and below aside).
 */
export function boxRooms(rows: RowEstimate, flowRoom: number, style: ChartStyle): Map<Step, number> {
  const lanesAt = (l: number) => rows.counts[l]! + rows.passing[l]!;
  let widest = 1;
  let loops = 0;
  for (let l = 0; l < rows.counts.length; l++) ((widest = Math.max(widest, lanesAt(l))), (loops = Math.max(loops, rows.loops[l]!)));
  const lane = (flowRoom - (widest - 1) * style.nodeSpacing - loops * 2 * style.edgeSpacing) / widest;
  const rooms = new Map<Step, number>();
  for (const [step, layer] of rows.layers) rooms.set(step, lane * (1 + (widest - lanesAt(layer)) / 2));
  return rooms;
}
