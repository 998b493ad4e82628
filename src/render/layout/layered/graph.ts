// The layered graph of a flowchart: each step on a layer (the longest path of forward edges from
// the top; a second start and what only it leads to just above where they join the flow), and each
// edge as a chain of items from layer to layer:
//   - a forward edge leaves its step's bottom port, or runs sideways from a corner of a decision
//     to a lane beside it (east: right of the step, west: left of it) and down from there; it
//     crosses every layer between its ends on a lane of its own and enters the target from above;
//   - the edges of a long merge (trunks.ts: many edges into one step from far above, a chain of
//     checks with one way out) share one lane, a trunk, from below the first source down to the
//     step, each joining it on the layer below its own source, as ELK is given such merges;
//   - a loop (back edge) leaves its step's west side, climbs on a lane left of everything on the
//     layers it spans and enters its target from the west.
// Links join an item to the next one down: the gaps between layers are crossed only by links.

import type { Step } from '../../../model/types.js';
import { sourcePortKey } from '../elk-layout.js';
import type { PlannedEdge } from '../flow-edges.js';
import type { StepBox } from '../step-boxes.js';
import { isLongMerge } from '../trunks.js';

export type ItemKind = 'node' | 'lane' | 'loop';

export interface Item {
  kind: ItemKind;
  layer: number;
  width: number;
  /** Where the item is entered from above, from its left side (a step: its north port; a lane: 0). */
  inX: number;
  /** A step's box. */
  box?: StepBox;
  /** A lane's edge. */
  edge?: PlannedEdge;
  /** Items that keep together when the layer is ordered share a unit (a step and its side lanes). */
  unit: number;
  /** Drawing order of the step (a lane: its source's), the first key of the order. */
  rank: number;
  /** Place in its layer, left to right. */
  pos: number;
}

/** From one item down to the next, across the gap below the upper one's layer. */
export interface Link {
  edge: PlannedEdge;
  upper: Item;
  /** Where the link leaves the upper item, from its left side. */
  outX: number;
  /** The upper end's identity: links that share it start at one point. */
  outKey: string;
  lower: Item;
  inX: number;
  inKey: string;
}

export interface LayeredGraph {
  layers: Item[][];
  /** Links by the layer above them. */
  gaps: Link[][];
  nodes: Map<Step, Item>;
  /** Each edge's lane items, top to bottom (a loop's: from its target's layer to its source's); a long merge's trunk under `trunk <rank of its step>`. */
  lanes: Map<string, Item[]>;
  /** Each forward edge's links, top to bottom (the links of a trunk it runs down included). */
  paths: Map<string, Link[]>;
}

/** Appends `value` to the list under `key`. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Where a link's end lies on its layer: the item's place, and within a step, the port's share of its width. */
export function placeOf(item: Item, x: number): number {
  return item.pos + (item.width > 0 ? x / item.width : 0);
}

/**
 * Each step's layer: the longest path of forward edges from the top. Steps the first step does not
 * lead to (a second start and what only it leads to) sit as low as the steps they lead to allow,
 * just above where they join the flow, not at the top with long edges down to it.
 */
function layerOf(boxes: readonly StepBox[], forward: readonly PlannedEdge[]): Map<Step, number> {
  const layer = new Map(boxes.map((box) => [box.step, 0]));
  const out = new Map<Step, Step[]>();
  for (const edge of forward) pushTo(out, edge.from, edge.to);
  // Boxes come in drawing order, a topological order of the forward edges.
  for (const box of boxes) for (const to of out.get(box.step) ?? []) layer.set(to, Math.max(layer.get(to)!, layer.get(box.step)! + 1));
  const reached = new Set<Step>(boxes.slice(0, 1).map((box) => box.step));
  for (const box of boxes) if (reached.has(box.step)) for (const to of out.get(box.step) ?? []) reached.add(to);
  for (const box of [...boxes].reverse()) {
    const next = out.get(box.step);
    if (reached.has(box.step) || !next) continue;
    layer.set(box.step, Math.max(layer.get(box.step)!, Math.min(...next.map((to) => layer.get(to)!)) - 1));
  }
  balance(boxes, forward, layer);
  return layer;
}

/**
 * As ELK's network simplex layering balances: a step with as many edges in as out is as well on
 * any layer between its predecessors and its successors (the total length of its edges is the
 * same), so it moves to the one of those with the fewest steps.
 */
function balance(boxes: readonly StepBox[], forward: readonly PlannedEdge[], layer: Map<Step, number>): void {
  const ins = new Map<Step, Step[]>();
  const outs = new Map<Step, Step[]>();
  for (const edge of forward) {
    pushTo(ins, edge.to, edge.from);
    pushTo(outs, edge.from, edge.to);
  }
  const count = new Map<number, number>();
  for (const l of layer.values()) count.set(l, (count.get(l) ?? 0) + 1);
  for (const box of boxes) {
    const [from, to] = [ins.get(box.step) ?? [], outs.get(box.step) ?? []];
    if (from.length === 0 || from.length !== to.length) continue;
    const here = layer.get(box.step)!;
    const low = Math.max(...from.map((s) => layer.get(s)!)) + 1;
    const high = Math.min(...to.map((s) => layer.get(s)!)) - 1;
    let best = here;
    for (let l = low; l <= high; l++) if ((count.get(l) ?? 0) < (count.get(best) ?? 0)) best = l;
    if (best === here) continue;
    count.set(here, count.get(here)! - 1);
    count.set(best, (count.get(best) ?? 0) + 1);
    layer.set(box.step, best);
  }
}

/** The steps entered by a long merge (trunks.ts), drawn as a trunk: as ELK is given them. */
function longMerges(forward: readonly PlannedEdge[], layer: ReadonlyMap<Step, number>): Set<Step> {
  const spans = new Map<Step, number[]>();
  for (const edge of forward) pushTo(spans, edge.to, layer.get(edge.to)! - layer.get(edge.from)! - 1);
  return new Set([...spans].filter(([, list]) => isLongMerge(list)).map(([step]) => step));
}

/** The layered graph, or undefined for what it does not draw (a loop leaving east). */
export function layeredGraph(boxes: readonly StepBox[], edges: readonly PlannedEdge[]): LayeredGraph | undefined {
  const forward = edges.filter((e) => !e.back && e.from !== e.to);
  const back = edges.filter((e) => e.back && e.from !== e.to);
  if (back.some((e) => e.sourceSide !== 'W')) return undefined;
  const layerByStep = layerOf(boxes, forward);
  const merges = longMerges(forward, layerByStep);
  const depth = Math.max(-1, ...layerByStep.values()) + 1;
  const layers: Item[][] = Array.from({ length: depth }, () => []);
  const nodes = new Map<Step, Item>();
  let units = 0;
  // Every item of one shape (a step's with no edge, a lane's with no box), so that the loops over
  // them see one kind of object.
  const add = (kind: ItemKind, layer: number, width: number, inX: number, box: StepBox | undefined, edge: PlannedEdge | undefined, unit: number, rank: number): Item => {
    const item: Item = { kind, layer, width, inX, box, edge, unit, rank, pos: layers[layer]!.length };
    layers[layer]!.push(item);
    return item;
  };
  boxes.forEach((box, rank) => nodes.set(box.step, add('node', layerByStep.get(box.step)!, box.width, box.ports.get('N')!.at.x, box, undefined, units++, rank)));
  const gaps: Link[][] = Array.from({ length: Math.max(0, depth - 1) }, () => []);
  const lanes = new Map<string, Item[]>();
  const lane = (edge: PlannedEdge, layer: number, kind: ItemKind, unit = units++) => add(kind, layer, 0, 0, undefined, edge, unit, nodes.get(edge.from)!.rank);
  const paths = new Map<string, Link[]>();
  /** A link across the gap below `upper`; on `edge`'s path unless it is a trunk's (on the paths of the edges that join above it). */
  const link = (edge: PlannedEdge, upper: Item, outX: number, outKey: string, lower: Item, inKey: string, onPath = true): Link => {
    const made = { edge, upper, outX, outKey, lower, inX: lower.inX, inKey };
    gaps[upper.layer]!.push(made);
    if (onPath) pushTo(paths, edge.id, made);
    return made;
  };
  // A long merge's trunk: one lane on each layer from below its first source down to its step,
  // each branch joining it on the layer below its own source (or entering the step, from just above).
  const trunks = new Map<Step, { items: Item[]; links: Link[]; key: (item: Item) => string }>();
  for (const step of merges) {
    const group = forward.filter((e) => e.to === step).sort((a, b) => nodes.get(a.from)!.layer - nodes.get(b.from)!.layer);
    const target = nodes.get(step)!;
    const first = group[0]!;
    const items: Item[] = [];
    for (let l = nodes.get(first.from)!.layer + 1; l < target.layer; l++) items.push(lane(first, l, 'lane'));
    const key = (item: Item) => (item === target ? `${target.rank} N` : `trunk ${target.rank} ${item.layer}`);
    const links = items.map((item, i) => {
      const lower = items[i + 1] ?? target;
      return link(first, item, 0, key(item), lower, key(lower), false);
    });
    trunks.set(step, { items, links, key });
    lanes.set(`trunk ${target.rank}`, items);
  }
  for (const edge of forward) {
    const source = nodes.get(edge.from)!;
    const target = nodes.get(edge.to)!;
    const trunk = trunks.get(edge.to);
    const side = edge.sourceSide !== 'S' && edge.southExit === undefined;
    const chain: Item[] = [];
    if (side) chain.push(lane(edge, source.layer, 'lane', source.unit));
    if (!trunk) for (let l = source.layer + 1; l < target.layer; l++) chain.push(lane(edge, l, 'lane'));
    lanes.set(edge.id, chain);
    let upper = side ? chain[0]! : source;
    let outX = side ? 0 : source.box!.ports.get(sourcePortKey(edge))!.at.x;
    let outKey = side ? `lane ${edge.id}` : `${source.rank} ${sourcePortKey(edge)}`;
    if (trunk) {
      // Into the trunk on the layer below the source, then down the trunk.
      const joins = trunk.items.findIndex((item) => item.layer === source.layer + 1);
      const lower = trunk.items[joins] ?? target;
      link(edge, upper, outX, outKey, lower, trunk.key(lower));
      if (joins >= 0) for (const below of trunk.links.slice(joins)) pushTo(paths, edge.id, below);
      continue;
    }
    for (const lower of [...chain.slice(side ? 1 : 0), target]) {
      const last = lower === target;
      link(edge, upper, outX, outKey, lower, last ? `${target.rank} N` : `lane ${edge.id} ${lower.layer}`);
      upper = lower;
      outX = 0;
      outKey = `lane ${edge.id} ${lower.layer}`;
    }
  }
  for (const edge of back) {
    const top = nodes.get(edge.to)!.layer;
    const bottom = nodes.get(edge.from)!.layer;
    const chain: Item[] = [];
    for (let l = Math.min(top, bottom); l <= Math.max(top, bottom); l++) chain.push(lane(edge, l, 'loop'));
    lanes.set(edge.id, chain);
    for (let i = 1; i < chain.length; i++) {
      const key = `loop ${edge.id} ${i}`;
      gaps[chain[i - 1]!.layer]!.push({ edge, upper: chain[i - 1]!, outX: 0, outKey: key, lower: chain[i]!, inX: 0, inKey: key });
    }
  }
  return { layers, gaps, nodes, lanes, paths };
}
