// Where each item goes across its layer: Brandes–Köpf node placement. In each of four directions
// (aligned with the items above or below, pushed left or right) every item is aligned with the
// median of its links' other ends, unless an alignment before it already took a place further on
// (alignments never cross) or that end is taken; a loop's lanes are always aligned. Aligned items
// form blocks that move as one: a chain of steps down a straight line, a lane kept straight.
// Blocks are pushed as far as the items before them allow, with room between neighbours: between
// steps `nodeSpacing`, between a step and a lane `edgeSpacing`, between lanes 0.8 of it. The four
// layouts are then balanced (each item at the mean of its two middle places), and of the five the
// one kept is the one whose links bend least (then the narrowest): a chain kept straight reads
// better than one centred under a fork.

import type { ChartStyle } from '../chart-style.js';
import { pushTo, placeOf, type Item, type LayeredGraph, type Link } from './graph.js';

/** One of the four directions: align with the items above (`up`) or below; push to the left or the right. */
interface Direction {
  up: boolean;
  left: boolean;
}

function spacing(a: Item, b: Item, style: ChartStyle): number {
  if (a.kind === 'node' && b.kind === 'node') return style.nodeSpacing;
  if (a.kind === 'node' || b.kind === 'node') return style.edgeSpacing;
  return style.edgeSpacing * 0.8;
}

/** The graph's links by item, for both directions. */
function touches(graph: LayeredGraph): { above: Map<Item, Link[]>; below: Map<Item, Link[]> } {
  const above = new Map<Item, Link[]>();
  const below = new Map<Item, Link[]>();
  for (const links of graph.gaps) {
    for (const link of links) {
      pushTo(above, link.lower, link);
      pushTo(below, link.upper, link);
    }
  }
  return { above, below };
}

/** The left side of every item in one direction, or undefined when its blocks cannot be placed. */
function placeOne(graph: LayeredGraph, style: ChartStyle, dir: Direction, links: ReturnType<typeof touches>): Map<Item, number> | undefined {
  // Mirrored when pushing right: places and offsets counted from the right.
  const width = graph.layers.map((layer) => layer.length);
  const pos = (item: Item, x: number) => (dir.left ? placeOf(item, x) : width[item.layer]! - 1 - placeOf(item, x) + (item.width > 0 ? 1 : 0));
  const off = (item: Item, x: number) => (dir.left ? x : item.width - x);
  // A link's neighbour end in this direction: its place on its layer (pos) and its identity.
  const atOf = (link: Link) => (dir.up ? pos(link.upper, link.outX) : pos(link.lower, link.inX));
  const keyOf = (link: Link) => (dir.up ? link.outKey : link.inKey);
  const byItem = dir.up ? links.above : links.below;
  const layers = (dir.up ? graph.layers : [...graph.layers].reverse()).map((layer) => (dir.left ? layer : [...layer].reverse()));
  const root = new Map<Item, Item>();
  const rel = new Map<Item, number>();
  for (const layer of layers) {
    let reach = -Infinity;
    const taken = new Set<string>();
    for (const item of layer) {
      // The links to the neighbours by their ends' places (each worked out once), then the median
      // one, or the two middle ones (a loop's lane: its first).
      const list = byItem.get(item);
      let chosen: Link | undefined;
      let chosenAt = 0;
      if (list && list.length === 1) {
        const at = atOf(list[0]!);
        if (item.kind === 'loop' || (!taken.has(keyOf(list[0]!)) && at > reach)) ((chosen = list[0]!), (chosenAt = at));
      } else if (list && list.length > 1) {
        const near = list.map((link) => ({ link, at: atOf(link) })).sort((a, b) => a.at - b.at);
        if (item.kind === 'loop') ((chosen = near[0]!.link), (chosenAt = near[0]!.at));
        else {
          const d = near.length - 1;
          const low = near[Math.floor(d / 2)]!;
          const high = near[Math.ceil(d / 2)]!;
          const free = (t: { link: Link; at: number }) => !taken.has(keyOf(t.link)) && t.at > reach;
          const pick = free(low) ? low : high !== low && free(high) ? high : undefined;
          if (pick) ((chosen = pick.link), (chosenAt = pick.at));
        }
      }
      if (!chosen) {
        root.set(item, item);
        rel.set(item, 0);
        continue;
      }
      taken.add(keyOf(chosen));
      reach = chosenAt;
      const [other, ownX, otherX] = dir.up ? [chosen.upper, chosen.inX, chosen.outX] : [chosen.lower, chosen.outX, chosen.inX];
      root.set(item, root.get(other)!);
      rel.set(item, rel.get(other)! + off(other, otherX) - off(item, ownX));
    }
  }
  const x = compact(layers, root, rel, style);
  if (!x) return undefined;
  const placed = new Map<Item, number>();
  for (const [item, r] of root) placed.set(item, dir.left ? x.get(r)! + rel.get(item)! : -(x.get(r)! + rel.get(item)!) - item.width);
  return placed;
}

/** Each block's place: as far left as the blocks before it allow (longest path over their constraints). */
function compact(layers: Item[][], root: Map<Item, Item>, rel: Map<Item, number>, style: ChartStyle): Map<Item, number> | undefined {
  const x = new Map<Item, number>();
  for (const [item, r] of root) x.set(r, Math.max(x.get(r) ?? -Infinity, -rel.get(item)!));
  const after = new Map<Item, { to: Item; gap: number }[]>();
  const waiting = new Map<Item, number>([...x.keys()].map((r) => [r, 0]));
  for (const layer of layers) {
    for (let i = 1; i < layer.length; i++) {
      const [a, b] = [layer[i - 1]!, layer[i]!];
      const [ra, rb] = [root.get(a)!, root.get(b)!];
      if (ra === rb) return undefined;
      pushTo(after, ra, { to: rb, gap: rel.get(a)! + a.width + spacing(a, b, style) - rel.get(b)! });
      waiting.set(rb, waiting.get(rb)! + 1);
    }
  }
  const ready = [...waiting].filter(([, n]) => n === 0).map(([r]) => r);
  let placed = 0;
  while (ready.length > 0) {
    const r = ready.pop()!;
    placed++;
    for (const { to, gap } of after.get(r) ?? []) {
      x.set(to, Math.max(x.get(to)!, x.get(r)! + gap));
      const left = waiting.get(to)! - 1;
      waiting.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  return placed < waiting.size ? undefined : x;
}

/** Whether every layer keeps its neighbours far enough apart. */
function spaced(graph: LayeredGraph, x: ReadonlyMap<Item, number>, style: ChartStyle): boolean {
  return graph.layers.every((layer) => layer.every((b, i) => i === 0 || x.get(b)! >= x.get(layer[i - 1]!)! + layer[i - 1]!.width + spacing(layer[i - 1]!, b, style) - 1e-6));
}

/** The left side of every item, or undefined when the blocks cannot be placed (they would have to overlap). */
export function placeItems(graph: LayeredGraph, style: ChartStyle): Map<Item, number> | undefined {
  const links = touches(graph);
  const dirs: Direction[] = [
    { up: true, left: true },
    { up: true, left: false },
    { up: false, left: true },
    { up: false, left: false },
  ];
  const layouts: Map<Item, number>[] = [];
  for (const dir of dirs) {
    const layout = placeOne(graph, style, dir, links);
    if (!layout) return undefined;
    layouts.push(layout);
  }
  const extent = layouts.map(extentOf);
  const narrowest = extent.reduce((best, e, i) => (e.max - e.min < extent[best]!.max - extent[best]!.min ? i : best), 0);
  // Left layouts share the narrowest one's left side, right layouts its right side.
  const shift = dirs.map((dir, i) => (dir.left ? extent[narrowest]!.min - extent[i]!.min : extent[narrowest]!.max - extent[i]!.max));
  const balanced = new Map<Item, number>();
  const xs = [0, 0, 0, 0];
  for (const item of layouts[0]!.keys()) {
    // The four places in order (a stable insertion sort: as Array.prototype.sort orders them).
    for (let i = 0; i < 4; i++) {
      const v = layouts[i]!.get(item)! + shift[i]!;
      let j = i;
      for (; j > 0 && xs[j - 1]! > v; j--) xs[j] = xs[j - 1]!;
      xs[j] = v;
    }
    balanced.set(item, (xs[1]! + xs[2]!) / 2);
  }
  // Of the four and their balance, the one whose links bend least, then the narrowest.
  const candidates = spaced(graph, balanced, style) ? [...layouts, balanced] : layouts;
  const cost = (layout: Map<Item, number>) => {
    const { min, max } = extentOf(layout);
    return { bent: bentLinks(graph, layout), width: max - min };
  };
  const costs = candidates.map(cost);
  const best = costs.reduce((b, c, i) => (c.bent < costs[b]!.bent || (c.bent === costs[b]!.bent && c.width < costs[b]!.width - 0.01) ? i : b), 0);
  return candidates[best]!;
}

/** The left side of the leftmost item and the right side of the rightmost. */
function extentOf(layout: ReadonlyMap<Item, number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const [item, x] of layout) ((min = Math.min(min, x)), (max = Math.max(max, x + item.width)));
  return { min, max };
}

/** Links whose ends are not one above the other. */
function bentLinks(graph: LayeredGraph, layout: ReadonlyMap<Item, number>): number {
  let bent = 0;
  for (const links of graph.gaps) for (const link of links) if (Math.abs(layout.get(link.upper)! + link.outX - layout.get(link.lower)! - link.inX) > 0.01) bent++;
  return bent;
}
