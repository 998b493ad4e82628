// Heights and edge routes. Steps sit at the top of their layer. A link whose ends are not one above
// the other runs across the gap below its layer: links that share an end run as one (a fork or a
// merge), and runs that overlap take slots one below the other, the order chosen so that fewer of
// their vertical legs cross the other's run (as ELK's orthogonal router does). A gap with runs is
// `edgeSpacing` clear of the layers on both sides and 0.8 of it between slots; one without is
// `layerSpacing` tall.

import type { ChartStyle } from '../chart-style.js';
import { pushTo, type LayeredGraph, type Link } from './graph.js';

/** Closer than this, two x are one (floating-point sums of the same offsets). */
const SAME_X = 0.01;

interface Run {
  links: Link[];
  ups: number[];
  downs: number[];
  min: number;
  max: number;
  slot: number;
}

/** The gap's runs: the links that bend, joined where they share an end. */
function runsOf(links: readonly Link[], x: (link: Link, end: 'out' | 'in') => number): Run[] {
  const bent = links.filter((link) => Math.abs(x(link, 'out') - x(link, 'in')) > SAME_X);
  const parent = bent.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // The first link seen at each upper end and at each lower end.
  const byOut = new Map<string, number>();
  const byIn = new Map<string, number>();
  const join = (byKey: Map<string, number>, key: string, i: number) => {
    const other = byKey.get(key);
    if (other === undefined) byKey.set(key, i);
    else parent[find(i)] = find(other);
  };
  bent.forEach((link, i) => {
    join(byOut, link.outKey, i);
    join(byIn, link.inKey, i);
  });
  const groups = new Map<number, Link[]>();
  bent.forEach((link, i) => pushTo(groups, find(i), link));
  return [...groups.values()].map((group) => {
    const ups = group.map((l) => x(l, 'out'));
    const downs = group.map((l) => x(l, 'in'));
    return { links: group, ups, downs, min: Math.min(...ups, ...downs), max: Math.max(...ups, ...downs), slot: 0 };
  });
}

/** Legs of `legs` strictly inside the run's span. */
function inside(legs: readonly number[], run: Run): number {
  return legs.filter((v) => v > run.min + SAME_X && v < run.max - SAME_X).length;
}

/** Slots top to bottom (0 first); returns how many. */
function assignSlots(runs: Run[], clearance: number): number {
  const below = new Map<Run, Run[]>();
  const waiting = new Map<Run, number>(runs.map((r) => [r, 0]));
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      const [a, b] = [runs[i]!, runs[j]!];
      if (a.min >= b.max + clearance || b.min >= a.max + clearance) continue;
      // a above b: b's legs from above cross a's run, a's legs going down cross b's run.
      const aAbove = inside(b.ups, a) + inside(a.downs, b);
      const bAbove = inside(a.ups, b) + inside(b.downs, a);
      const [upper, lower] = aAbove <= bAbove ? [a, b] : [b, a];
      pushTo(below, upper, lower);
      waiting.set(lower, waiting.get(lower)! + 1);
    }
  }
  const done = new Set<Run>();
  while (done.size < runs.length) {
    // The next run with nothing left above it (in a cycle: the one with the fewest).
    let next: Run | undefined;
    for (const run of runs) if (!done.has(run) && (!next || waiting.get(run)! < waiting.get(next)!)) next = run;
    done.add(next!);
    for (const lower of below.get(next!) ?? []) {
      if (done.has(lower)) continue;
      lower.slot = Math.max(lower.slot, next!.slot + 1);
      waiting.set(lower, waiting.get(lower)! - 1);
    }
  }
  return runs.length === 0 ? 0 : Math.max(...runs.map((r) => r.slot)) + 1;
}

export interface Routed {
  /** Top of each layer. */
  tops: number[];
  /** The y of each bent link's run. */
  runY: Map<Link, number>;
}

/** Layer tops and the runs' heights, from the items' x. */
export function routeGaps(graph: LayeredGraph, left: ReadonlyMap<object, number>, style: ChartStyle): Routed {
  const x = (link: Link, end: 'out' | 'in') => (end === 'out' ? left.get(link.upper)! + link.outX : left.get(link.lower)! + link.inX);
  const tops: number[] = [];
  const runY = new Map<Link, number>();
  let y = 0;
  graph.layers.forEach((layer, l) => {
    tops.push(y);
    const height = Math.max(0, ...layer.map((item) => item.box?.height ?? 0));
    const bottom = y + height;
    const runs = runsOf(graph.gaps[l] ?? [], x);
    const slots = assignSlots(runs, style.edgeSpacing * 0.8);
    for (const run of runs) for (const link of run.links) runY.set(link, bottom + style.edgeSpacing + run.slot * style.edgeSpacing * 0.8);
    y = bottom + (slots === 0 ? style.layerSpacing : Math.max(style.layerSpacing, 2 * style.edgeSpacing + (slots - 1) * style.edgeSpacing * 0.8));
  });
  return { tops, runY };
}
