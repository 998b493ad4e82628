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

/** The steps that loops leave and enter (once per loop end): their runs cross what lies left of them. */
function loopEnds(graph: LayeredGraph): Item[] {
  const ends: Item[] = [];
  for (const lanes of graph.lanes.values()) if (lanes[0]?.edge?.back) for (const step of [lanes[0].edge.from, lanes[0].edge.to]) ends.push(graph.nodes.get(step)!);
  return ends;
}

/** A loop's run on a layer crosses every item between its lane and its step: the items left of the step, but loops' lanes and the step's own side lane. */
function runCrossings(graph: LayeredGraph, node: Item): number {
  return graph.layers[node.layer]!.filter((item) => item.kind !== 'loop' && item.unit !== node.unit && item.pos < node.pos).length;
}

/** Pairs of steps on one layer numbered right to left. */
function layerInversions(layer: readonly Item[]): number {
  let count = 0;
  for (let i = 0; i < layer.length; i++) {
    const n = layer[i]!.box?.number;
    if (n === undefined) continue;
    for (let j = i + 1; j < layer.length; j++) {
      const m = layer[j]!.box?.number;
      if (m !== undefined && m < n) count++;
    }
  }
  return count;
}

/** What an order costs: crossings first, then steps side by side out of number order (as flow-placement.ts judges). */
function cost(graph: LayeredGraph, runs: readonly Item[]): number {
  const crossings = graph.gaps.reduce((sum, links) => sum + gapCrossings(links), 0) + runs.reduce((sum, node) => sum + runCrossings(graph, node), 0);
  return crossings * 1000 + graph.layers.reduce((sum, layer) => sum + layerInversions(layer), 0);
}

/** What the order of layers `from`…`to` costs: the crossings in the gaps above, between and below them, the loops' runs and the inversions on them. */
function rangeCost(graph: LayeredGraph, from: number, to: number, runs: readonly Item[]): number {
  let crossings = 0;
  let inverted = 0;
  for (let gap = from - 1; gap <= to; gap++) crossings += gapCrossings(graph.gaps[gap] ?? []);
  for (let layer = from; layer <= to; layer++) {
    const items = graph.layers[layer]!;
    for (const node of runs) if (node.layer === layer) crossings += runCrossings(graph, node);
    inverted += layerInversions(items);
  }
  return crossings * 1000 + inverted;
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
  // One item (many layers of a flowchart) has one order.
  if (items.length === 1) {
    items[0]!.pos = 0;
    return;
  }
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
function sweepFrom(graph: LayeredGraph, sweeps: number, loopEndsFirst: ReadonlySet<number>, runs: readonly Item[]): { layers: Item[][]; cost: number } {
  // Drawing order first, then down the flow.
  for (const layer of graph.layers) {
    layer.sort((a, b) => a.rank - b.rank || Number(a.kind !== 'node') - Number(b.kind !== 'node'));
    layer.forEach((item, pos) => (item.pos = pos));
  }
  for (let l = 0; l < graph.layers.length; l++) sortLayer(graph, l, true, loopEndsFirst);
  let best = snapshot(graph);
  let fewest = cost(graph, runs);
  for (let s = 0; s < sweeps && fewest > 0; s++) {
    const down = s % 2 === 1;
    const n = graph.layers.length;
    for (let i = 0; i < n; i++) sortLayer(graph, down ? i : n - 1 - i, down, loopEndsFirst);
    const now = cost(graph, runs);
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
  const runs = loopEnds(graph);
  const plain = sweepFrom(graph, sweeps, new Set(), runs);
  const ends = new Set(runs.map((node) => node.unit));
  const loopsLeft = plain.cost > 0 && ends.size > 0 ? sweepFrom(graph, sweeps, ends, runs) : undefined;
  const best = loopsLeft && loopsLeft.cost < plain.cost ? loopsLeft : plain;
  restore(graph, best.layers);
  return best.cost > 0 ? sift(graph, best.cost, runs) : best.cost;
}

/**
 * Sifting, after the sweeps: each unit of a layer tried at every place among the layer's units and
 * moved where the layer costs least, while that lowers the cost. Barycentres leave ties as they
 * find them (two edges from one port, a lane beside a step it runs past); a move of one unit sees
 * what the sweeps' averages cannot. At most `passes` passes over the layers.
 */
function sift(graph: LayeredGraph, total: number, runs: readonly Item[], passes = 3): number {
  for (let pass = 0; pass < passes && total > 0; pass++) {
    let gained = 0;
    for (let l = 0; l < graph.layers.length; l++) {
      const layer = graph.layers[l]!;
      const loops = layer.filter((item) => item.kind === 'loop');
      const units = new Map<number, Item[]>();
      for (const item of layer) if (item.kind !== 'loop') pushTo(units, item.unit, item);
      if (units.size < 2) continue;
      let order = [...units.values()];
      let now = rangeCost(graph, l, l, runs);
      for (const unit of [...order]) {
        if (now === 0) break;
        const rest = order.filter((u) => u !== unit);
        let bestOrder = order;
        let bestCost = now;
        for (let at = 0; at <= rest.length; at++) {
          const tried = [...rest.slice(0, at), unit, ...rest.slice(at)];
          if (tried.every((u, i) => u === order[i])) continue;
          setLayer(graph, l, loops, tried);
          const c = rangeCost(graph, l, l, runs);
          if (c < bestCost) {
            bestCost = c;
            bestOrder = tried;
          }
        }
        setLayer(graph, l, loops, bestOrder);
        gained += now - bestCost;
        now = bestCost;
        order = bestOrder;
      }
    }
    gained += moveLanes(graph, runs);
    if (gained === 0) break;
    total -= gained;
  }
  return total;
}

/**
 * A forward edge's lanes moved together: a lane of its own (not a step's side lane) crossing several
 * layers, put first or last among the units of every one of them, when that lowers the cost of those
 * layers. One unit moved at a time cannot move such a lane: it would cross its own lane above or below.
 */
function moveLanes(graph: LayeredGraph, runs: readonly Item[]): number {
  let gained = 0;
  for (const lanes of graph.lanes.values()) {
    if (lanes.length < 2 || lanes[0]!.edge!.back || lanes.some((lane) => lane.kind !== 'lane' || graph.layers[lane.layer]!.some((item) => item !== lane && item.unit === lane.unit))) continue;
    const [from, to] = [lanes[0]!.layer, lanes[lanes.length - 1]!.layer];
    const before = graph.layers.slice(from, to + 1).map((layer) => [...layer]);
    const now = rangeCost(graph, from, to, runs);
    let best = now;
    let bestLayers = before;
    for (const last of [false, true]) {
      for (const lane of lanes) {
        const items = graph.layers[lane.layer]!.filter((item) => item !== lane);
        const loops = items.filter((item) => item.kind === 'loop').length;
        const at = last ? items.length : loops;
        setItems(graph, lane.layer, [...items.slice(0, at), lane, ...items.slice(at)]);
      }
      const c = rangeCost(graph, from, to, runs);
      if (c < best) {
        best = c;
        bestLayers = graph.layers.slice(from, to + 1).map((layer) => [...layer]);
      }
      bestLayers.forEach((items, i) => setItems(graph, from + i, [...items]));
    }
    gained += now - best;
  }
  return gained;
}

function setItems(graph: LayeredGraph, layer: number, items: Item[]): void {
  items.forEach((item, pos) => (item.pos = pos));
  graph.layers[layer] = items;
}

/** A layer's items: its loops' lanes, then the units in the given order. */
function setLayer(graph: LayeredGraph, layer: number, loops: readonly Item[], units: readonly Item[][]): void {
  setItems(graph, layer, [...loops, ...units.flat()]);
}
