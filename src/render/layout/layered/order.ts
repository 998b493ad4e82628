// The order of the items on each layer. Loops' lanes come first (the outermost, the longest, on
// the left); then the steps and lanes. The first order follows the flow down: each layer sorted by
// where its items are entered from above (their barycentre), the drawing order breaking ties. Sweeps
// up and down then reorder by barycentres, and an order is kept only when it costs less: fewer
// crossings (links between layers, and loops' runs across what lies between a step and its loop's
// lane), then fewer steps side by side numbered right to left.

import { pushTo, placeOf as at, type Item, type LayeredGraph, type Link } from './graph.js';

/** Pairs of links crossing between two layers. */
function gapCrossings(links: readonly Link[]): number {
  let count = 0;
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    const a1 = at(a.upper, a.outX);
    const a2 = at(a.lower, a.inX);
    for (let j = i + 1; j < links.length; j++) {
      const b = links[j]!;
      if ((a1 - at(b.upper, b.outX)) * (a2 - at(b.lower, b.inX)) < 0) count++;
    }
  }
  return count;
}

/** A loop's run on a layer crosses every item between its lane and its step: the items left of the step, but loops' lanes and the step's own side lane. */
function loopRunCrossings(graph: LayeredGraph): number {
  let count = 0;
  for (const lanes of graph.lanes.values()) {
    const edge = lanes[0]?.edge;
    if (!edge?.back) continue;
    for (const step of [edge.from, edge.to]) {
      const node = graph.nodes.get(step)!;
      count += graph.layers[node.layer]!.filter((item) => item.kind !== 'loop' && item.unit !== node.unit && item.pos < node.pos).length;
    }
  }
  return count;
}

/** Pairs of steps on one layer numbered right to left. */
function inversions(graph: LayeredGraph): number {
  let count = 0;
  for (const layer of graph.layers) {
    const numbers = layer.flatMap((item) => (item.box ? [item.box.number] : []));
    numbers.forEach((n, i) => numbers.slice(i + 1).forEach((m) => m < n && count++));
  }
  return count;
}

/** What an order costs: crossings first, then steps side by side out of number order (as flow-placement.ts judges). */
function cost(graph: LayeredGraph): number {
  return (graph.gaps.reduce((sum, links) => sum + gapCrossings(links), 0) + loopRunCrossings(graph)) * 1000 + inversions(graph);
}

/** The loops' lanes of a layer: outermost (longest) first. */
function loopsFirst(items: readonly Item[], graph: LayeredGraph): Item[] {
  const span = (item: Item) => graph.lanes.get(item.edge!.id)!.length;
  return items.filter((i) => i.kind === 'loop').sort((a, b) => span(b) - span(a) || a.rank - b.rank || a.edge!.id.localeCompare(b.edge!.id));
}

/** Items of a unit in their order: a west lane, the step, an east lane. */
function unitItems(items: Item[]): Item[] {
  const side = (item: Item) => (item.kind === 'node' ? 1 : item.edge!.sourceSide === 'W' ? 0 : 2);
  return items.sort((a, b) => side(a) - side(b));
}

/**
 * Sorts one layer's units by the mean place of their links' other ends (above when `down`, below
 * otherwise); a unit with no such link keeps its place. Ties: the current order.
 */
function sortLayer(graph: LayeredGraph, layer: number, down: boolean, loopEndsFirst: ReadonlySet<number>): void {
  const items = graph.layers[layer]!;
  const links = down ? (graph.gaps[layer - 1] ?? []) : (graph.gaps[layer] ?? []);
  const sum = new Map<number, { total: number; n: number }>();
  for (const link of links) {
    const mine = down ? link.lower : link.upper;
    if (mine.kind === 'loop') continue;
    const value = down ? at(link.upper, link.outX) : at(link.lower, link.inX);
    const entry = sum.get(mine.unit) ?? { total: 0, n: 0 };
    entry.total += value;
    entry.n++;
    sum.set(mine.unit, entry);
  }
  const units = new Map<number, Item[]>();
  for (const item of items) if (item.kind !== 'loop') pushTo(units, item.unit, item);
  const keyed = [...units.values()].map((members) => {
    const own = sum.get(members[0]!.unit);
    const first = Math.min(...members.map((m) => m.pos));
    return { members: unitItems(members), key: own ? own.total / own.n : first, first };
  });
  const early = (k: (typeof keyed)[number]) => (loopEndsFirst.has(k.members[0]!.unit) ? 0 : 1);
  keyed.sort((a, b) => early(a) - early(b) || a.key - b.key || a.first - b.first);
  const ordered = [...loopsFirst(items, graph), ...keyed.flatMap((k) => k.members)];
  ordered.forEach((item, pos) => (item.pos = pos));
  graph.layers[layer] = ordered;
}

function snapshot(graph: LayeredGraph): Item[][] {
  return graph.layers.map((layer) => [...layer]);
}

function restore(graph: LayeredGraph, layers: Item[][]): void {
  graph.layers = layers.map((layer) => [...layer]);
  for (const layer of graph.layers) layer.forEach((item, pos) => (item.pos = pos));
}

/** The order of every layer after the first pass and up to `sweeps` sweeps, with its cost. */
function sweepFrom(graph: LayeredGraph, sweeps: number, loopEndsFirst: ReadonlySet<number>): { layers: Item[][]; cost: number } {
  // Drawing order first, then down the flow.
  for (const layer of graph.layers) {
    layer.sort((a, b) => a.rank - b.rank || Number(a.kind !== 'node') - Number(b.kind !== 'node'));
    layer.forEach((item, pos) => (item.pos = pos));
  }
  for (let l = 0; l < graph.layers.length; l++) sortLayer(graph, l, true, loopEndsFirst);
  let best = snapshot(graph);
  let fewest = cost(graph);
  for (let s = 0; s < sweeps && fewest > 0; s++) {
    const down = s % 2 === 1;
    const n = graph.layers.length;
    for (let i = 0; i < n; i++) sortLayer(graph, down ? i : n - 1 - i, down, loopEndsFirst);
    const now = cost(graph);
    if (now < fewest) {
      fewest = now;
      best = snapshot(graph);
    }
  }
  return { layers: best, cost: fewest };
}

/**
 * Orders every layer (in place): the flow's order, then sweeps while they lower the crossings.
 * A loop's run crosses whatever lies between its step and its lane, so a second try puts the steps
 * loops leave and enter first on their layers; the try with fewer crossings is kept.
 */
export function orderLayers(graph: LayeredGraph, sweeps = 4): number {
  const plain = sweepFrom(graph, sweeps, new Set());
  const ends = new Set<number>();
  for (const lanes of graph.lanes.values()) if (lanes[0]?.edge?.back) for (const step of [lanes[0].edge.from, lanes[0].edge.to]) ends.add(graph.nodes.get(step)!.unit);
  const loopsLeft = plain.cost > 0 && ends.size > 0 ? sweepFrom(graph, sweeps, ends) : undefined;
  const best = loopsLeft && loopsLeft.cost < plain.cost ? loopsLeft : plain;
  restore(graph, best.layers);
  return best.cost;
}
