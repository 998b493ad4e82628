// Which edges the chart draws and where they leave and enter their symbols. The steps are
// ordered for ELK (its MODEL_ORDER cycle breaking reverses exactly the edges that point back in
// that order): list order, except that a step comes after every step that leads to it other than
// through a loop. So loops (back edges of a depth-first search) are the only edges drawn upward,
// even when a file lists, say, its end step before a parallel branch that leads to it. Back edges
// leave and enter on the west side; a decision's forward branches leave from its corners.

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
}

/** The steps that are drawn (the first of each id), in list order. */
export function drawnSteps(sop: Sop): Step[] {
  return sop.steps.filter((s) => sop.stepById.get(s.id) === s);
}

function targets(sop: Sop, step: Step): Step[] {
  return step.successors.flatMap((e) => {
    const to = sop.stepById.get(e.to);
    return to ? [to] : [];
  });
}

/** Edges closing a loop ("from→to" keys): back edges of a depth-first search in list order. */
export function loopEdges(sop: Sop): Set<string> {
  const state = new Map<Step, 1 | 2>();
  const loops = new Set<string>();
  for (const root of drawnSteps(sop)) {
    if (state.has(root)) continue;
    // Iterative DFS (a generated SOP may be thousands of steps long).
    const stack: { step: Step; next: Step[]; i: number }[] = [{ step: root, next: targets(sop, root), i: 0 }];
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
        stack.push({ step: to, next: targets(sop, to), i: 0 });
      }
    }
  }
  return loops;
}

/** Drawing order: a topological order of the flow without its loops, ties broken by list order. */
export function flowOrder(sop: Sop, loops: Set<string> = loopEdges(sop)): Map<Step, number> {
  const steps = drawnSteps(sop);
  const indegree = new Map<Step, number>(steps.map((s) => [s, 0]));
  for (const step of steps) for (const to of targets(sop, step)) if (!loops.has(`${step.id}\u0000${to.id}`)) indegree.set(to, indegree.get(to)! + 1);
  const ready = steps.filter((s) => indegree.get(s) === 0);
  const order = new Map<Step, number>();
  while (ready.length > 0) {
    // The ready step listed first (the lists stay short: a linear scan is enough).
    let best = 0;
    for (let i = 1; i < ready.length; i++) if (ready[i]!.index < ready[best]!.index) best = i;
    const step = ready.splice(best, 1)[0]!;
    order.set(step, order.size);
    for (const to of targets(sop, step)) {
      if (loops.has(`${step.id}\u0000${to.id}`)) continue;
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
  order: Map<Step, number>;
}

/** The edges to draw (successors that name an existing step), in drawing order of their sources. */
export function planEdges(sop: Sop): EdgePlan {
  const order = flowOrder(sop);
  const rank = (step: Step) => order.get(step)!;
  const planned: PlannedEdge[] = [];
  for (const step of [...order.keys()]) {
    // Successors that name one step are one edge, their labels joined (`是/待補`).
    const edges: { index: number; to: Step; label?: string }[] = [];
    step.successors.forEach((edge, index) => {
      const to = sop.stepById.get(edge.to);
      if (!to) return;
      const same = edges.find((e) => e.to === to);
      if (!same) edges.push({ index, to, ...(edge.label ? { label: edge.label } : {}) });
      else if (edge.label) same.label = same.label ? `${same.label}/${edge.label}` : edge.label;
    });
    const isBack = (to: Step) => rank(to) <= rank(step);
    const sides = new Map<number, SourceSide>();
    if (step.kind === 'decision') {
      const forward = edges.filter((e) => !isBack(e.to)).sort((a, b) => rank(a.to) - rank(b.to) || a.index - b.index);
      // A loop to the decision itself first: it takes the west corner when that is free.
      const back = edges.filter((e) => isBack(e.to)).sort((a, b) => Number(b.to === step) - Number(a.to === step) || a.index - b.index);
      const forwardSides: SourceSide[] = forward.length === 1 ? ['S'] : forward.length === 2 ? ['S', 'E'] : ['W', 'S', 'E'];
      forward.forEach((e, i) => sides.set(e.index, forwardSides[Math.min(i, forwardSides.length - 1)]!));
      // Loops leave west, a second one east while that corner is free (each branch its own corner).
      const free: SourceSide[] = forward.length >= 3 ? ['E'] : forward.length === 2 ? ['W'] : ['W', 'E'];
      back.forEach((e, i) => sides.set(e.index, free[Math.min(i, free.length - 1)]!));
    } else {
      for (const e of edges) sides.set(e.index, isBack(e.to) ? 'W' : 'S');
    }
    for (const e of edges) {
      const back = isBack(e.to);
      planned.push({
        id: `e${step.index}-${e.index}`,
        from: step,
        to: e.to,
        back,
        sourceSide: sides.get(e.index)!,
        targetSide: back ? 'W' : 'N',
        ...(e.label ? { label: e.label } : {}),
      });
    }
  }
  return { edges: planned, order };
}
