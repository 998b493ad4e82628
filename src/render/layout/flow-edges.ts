// Which edges the chart draws and where they leave and enter their symbols. The steps are
// ordered for ELK (its MODEL_ORDER cycle breaking reverses exactly the edges that point back in
// that order): list order, except that a step comes after every step that leads to it other than
// through a loop. So loops (back edges of a depth-first search) are the only edges drawn upward,
// even when a file lists, say, its end step before a parallel branch that leads to it. Back edges
// leave and enter on the west side; a decision's forward branches each leave from an exit of
// their own (its corners, then points along its bottom).

import type { Sop, Step } from '../../model/types.js';

export type SourceSide = 'S' | 'E' | 'W';
export type TargetSide = 'N' | 'W';

export interface PlannedEdge {
  /** Stable id: e<source index>-<successor index>. */
  id: string;
  from: Step;
  to: Step;
  back: boolean;
  sourceSide: SourceSide;
  targetSide: TargetSide;
  /** Branch label of a decision. */
  label?: string;
  /** A decision's branch leaving from one of several exits along its bottom: which, left to right (0…). */
  southExit?: number;
}

/** The steps that are drawn (the first of each id), in list order. */
export function drawnSteps(sop: Sop): Step[] {
  return sop.steps.filter((s) => sop.stepById.get(s.id) === s);
}

function targets(sop: Sop, step: Step): Step[] {
  const out: Step[] = [];
  for (const e of step.successors) {
    const to = sop.stepById.get(e.to);
    if (to) out.push(to);
  }
  return out;
}

/** Successors in list order (not branch order): the search then meets a step listed earlier first. */
function inListOrder(steps: Step[]): Step[] {
  return [...steps].sort((a, b) => a.index - b.index);
}

/**
 * Edges closing a loop ("from→to" keys): back edges of a depth-first search in list order, taking
 * each step's successors in list order too, so that of two steps that lead to each other the one
 * listed first is drawn above (whichever branch names it first).
 */
export function loopEdges(sop: Sop): Set<string> {
  const state = new Map<Step, 1 | 2>();
  const loops = new Set<string>();
  for (const root of drawnSteps(sop)) {
    if (state.has(root)) continue;
    // Iterative DFS (a generated SOP may be thousands of steps long).
    const stack: { step: Step; next: Step[]; i: number }[] = [{ step: root, next: inListOrder(targets(sop, root)), i: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.i >= top.next.length) {
        state.set(top.step, 2);
        stack.pop();
        continue;
      }
      const to = top.next[top.i++]!;
      const seen = state.get(to);
      if (seen === 1) loops.add(`${top.step.id}\u0000${to.id}`);
      else if (seen === undefined) {
        state.set(to, 1);
        stack.push({ step: to, next: inListOrder(targets(sop, to)), i: 0 });
      }
    }
  }
  return loops;
}

/** Drawing order: a topological order of the flow without its loops, ties broken by list order. */
export function flowOrder(sop: Sop, loops: Set<string> = loopEdges(sop)): Map<Step, number> {
  const steps = drawnSteps(sop);
  // Each step's successors but its loops, worked out once.
  const forward = new Map<Step, Step[]>();
  for (const step of steps) {
    const next = targets(sop, step);
    forward.set(step, loops.size === 0 ? next : next.filter((to) => !loops.has(`${step.id}\u0000${to.id}`)));
  }
  const indegree = new Map<Step, number>(steps.map((s) => [s, 0]));
  for (const step of steps) for (const to of forward.get(step)!) indegree.set(to, indegree.get(to)! + 1);
  const ready = steps.filter((s) => indegree.get(s) === 0);
  const order = new Map<Step, number>();
  while (ready.length > 0) {
    // The ready step listed first (the lists stay short: a linear scan is enough).
    let best = 0;
    for (let i = 1; i < ready.length; i++) if (ready[i]!.index < ready[best]!.index) best = i;
    const step = ready.splice(best, 1)[0]!;
    order.set(step, order.size);
    for (const to of forward.get(step)!) {
      const left = indegree.get(to)! - 1;
      indegree.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  return order;
}

export interface EdgePlan {
  edges: PlannedEdge[];
  /** Drawing order of the steps (ELK's model order). */
  order: ReadonlyMap<Step, number>;
}

/**
 * How a decision's branches forward are to leave, from an earlier layout: their targets left to
 * right, and whether the first of two leaves west (both targets sit left of the decision).
 */
export interface ExitOrder {
  targets: Step[];
  west: boolean;
}

/** Exit orders by decision (decisions without one: drawing order). */
export type ExitHint = ReadonlyMap<Step, ExitOrder>;

/** What every plan of one SOP's edges starts from: the drawing order and each step's edges (a model is not changed once built). */
interface EdgeBasis {
  order: ReadonlyMap<Step, number>;
  outgoing: ReadonlyMap<Step, readonly OutgoingEdge[]>;
  /** The plan without a hint, made once: plans are only read, never changed. */
  plain?: EdgePlan;
}

const bases = new WeakMap<Sop, EdgeBasis>();

function edgeBasis(sop: Sop): EdgeBasis {
  let basis = bases.get(sop);
  if (!basis) {
    const order = flowOrder(sop);
    basis = { order, outgoing: new Map([...order.keys()].map((step) => [step, outgoingEdges(sop, step, order)])) };
    bases.set(sop, basis);
  }
  return basis;
}

/**
 * The edges to draw (successors that name an existing step), in drawing order of their sources.
 * Plans are only read: the plan without a hint is made once per SOP and shared.
 */
export function planEdges(sop: Sop, hint?: ExitHint): EdgePlan {
  const basis = edgeBasis(sop);
  if (!hint && basis.plain) return basis.plain;
  const order = basis.order;
  const rank = (step: Step) => order.get(step)!;
  const planned: PlannedEdge[] = [];
  for (const step of order.keys()) {
    const edges = basis.outgoing.get(step)!;
    const exits = step.kind === 'decision' ? decisionExits(step, edges, rank, hint?.get(step)) : undefined;
    for (const e of edges) {
      const exit = exits ? exits.get(e.index)! : e.back ? WEST : SOUTH;
      // Keys in one order (edges are compared and keyed by their fields only).
      const edge = { id: e.id, from: step, to: e.to, back: e.back, sourceSide: exit.side } as PlannedEdge;
      if (exit.south !== undefined) edge.southExit = exit.south;
      edge.targetSide = e.back ? 'W' : 'N';
      if (e.label) edge.label = e.label;
      planned.push(edge);
    }
  }
  const plan = { edges: planned, order };
  if (!hint) basis.plain = plan;
  return plan;
}

interface OutgoingEdge {
  index: number;
  to: Step;
  label?: string;
  /** The planned edge's id. */
  id: string;
  /** Whether it points back in drawing order (a loop). */
  back: boolean;
}

/** A step's edges: successors that name one step are one edge, their labels joined (`是/待補`). */
function outgoingEdges(sop: Sop, step: Step, order: ReadonlyMap<Step, number>): OutgoingEdge[] {
  const edges: OutgoingEdge[] = [];
  step.successors.forEach((edge, index) => {
    const to = sop.stepById.get(edge.to);
    if (!to) return;
    const same = edges.find((e) => e.to === to);
    if (!same) edges.push({ index, to, ...(edge.label ? { label: edge.label } : {}), id: `e${step.index}-${index}`, back: order.get(to)! <= order.get(step)! });
    else if (edge.label) same.label = same.label ? `${same.label}/${edge.label}` : edge.label;
  });
  return edges;
}

interface Exit {
  side: SourceSide;
  /** One of several exits along the bottom: its place, left to right. */
  south?: number;
}

/** A step's exit other than a decision's: a loop leaves west, an edge forward from the bottom. */
const WEST: Exit = { side: 'W' };
const SOUTH: Exit = { side: 'S' };

/**
 * A decision's exits. Loops leave from the west corner, the side they climb on (a second one from
 * the east corner while no branch forward needs it; more share the corner). Branches forward each get their own exit, left to right in the
 * order their targets sit (by the hint, else drawing order): one goes down; two go down and
 * right (or left and down when both targets sit left); more take the free corners and share the
 * bottom between them.
 */
function decisionExits(step: Step, edges: readonly OutgoingEdge[], rank: (step: Step) => number, hint: ExitOrder | undefined): Map<number, Exit> {
  const exits = new Map<number, Exit>();
  const place = (s: Step) => hint?.targets.indexOf(s) ?? -1;
  const forward = edges.filter((e) => !e.back).sort((a, b) => place(a.to) - place(b.to) || rank(a.to) - rank(b.to) || a.index - b.index);
  // A loop to the decision itself first: it takes the west corner when that is free.
  const back = edges.filter((e) => e.back).sort((a, b) => Number(b.to === step) - Number(a.to === step) || a.index - b.index);
  const backCorners: SourceSide[] = back.length === 0 ? [] : back.length >= 2 && forward.length <= 1 ? ['W', 'E'] : ['W'];
  back.forEach((e, i) => exits.set(e.index, { side: backCorners[Math.min(i, backCorners.length - 1)]! }));
  const westFree = !backCorners.includes('W');
  const eastFree = !backCorners.includes('E');
  let sides: Exit[];
  if (forward.length <= 1) sides = [{ side: 'S' }];
  else if (forward.length === 2) {
    if (westFree && (hint?.west || !eastFree)) sides = [{ side: 'W' }, { side: 'S' }];
    else if (eastFree) sides = [{ side: 'S' }, { side: 'E' }];
    else sides = bottomExits(2);
  } else {
    const corners = Number(westFree) + Number(eastFree);
    const bottom = bottomExits(Math.max(1, forward.length - corners));
    sides = [...(westFree ? [{ side: 'W' } as Exit] : []), ...bottom, ...(eastFree ? [{ side: 'E' } as Exit] : [])];
  }
  forward.forEach((e, i) => exits.set(e.index, sides[Math.min(i, sides.length - 1)]!));
  return exits;
}

/** n exits along the bottom, left to right (one: the bottom corner). */
function bottomExits(n: number): Exit[] {
  if (n === 1) return [{ side: 'S' }];
  return Array.from({ length: n }, (_, i) => ({ side: 'S', south: i }));
}
