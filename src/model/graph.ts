// Graph facts about an SOP's flow, computed from the steps' successors (edges to unknown
// steps are left out): entry, reachability, cycles, and path lengths by standard time.

import type { Edge, Sop, Step } from './types.js';

/** The step the flow starts at: the first `start` step, or the first step. */
export function entryStep(sop: Sop): Step | undefined {
  return sop.steps.find((s) => s.kind === 'start') ?? sop.steps[0];
}

/**
 * Every step the flow starts at: each `start` step (published SOPs often draw one chain per
 * intake channel, each with its own start), or the first step when there is none.
 */
export function entrySteps(sop: Sop): Step[] {
  const starts = sop.steps.filter((s) => s.kind === 'start');
  return starts.length > 0 ? starts : sop.steps.slice(0, 1);
}

/** The step an edge leads to, if it exists. */
export function edgeTarget(sop: Sop, edge: Edge): Step | undefined {
  return edge.toIndex !== undefined ? sop.steps[edge.toIndex] : sop.stepById.get(edge.to);
}

/** Successor steps of a step that exist. */
export function nextSteps(sop: Sop, step: Step): Step[] {
  const out: Step[] = [];
  for (const edge of step.successors) {
    const target = edgeTarget(sop, edge);
    if (target) out.push(target);
  }
  return out;
}

/** Each step's ways in, in the SOP's order: read from every step's successors once per model (many rules and analyses ask). */
const waysIn = new WeakMap<Sop, Map<Step, Step[]>>();

/** The steps that lead to a step (its ways in), in the SOP's order. */
export function previousSteps(sop: Sop, step: Step): Step[] {
  let byStep = waysIn.get(sop);
  if (!byStep) {
    byStep = new Map();
    for (const from of sop.steps) {
      for (const to of new Set(nextSteps(sop, from))) {
        const list = byStep.get(to);
        if (list) list.push(from);
        else byStep.set(to, [from]);
      }
    }
    waysIn.set(sop, byStep);
  }
  return byStep.get(step)?.slice() ?? [];
}

/** Whether some edge of the SOP names a step that does not exist (the graph is incomplete). */
export function hasUnknownTargets(sop: Sop): boolean {
  return sop.steps.some((step) => step.successors.some((edge) => !edgeTarget(sop, edge)));
}

/**
 * The steps reachable from `from` (included): one step or several. Sets of steps, not ids: ids
 * may be duplicated. `extra` adds edges the SOP does not have (e.g. a broken edge repaired).
 */
export function reachableFrom(sop: Sop, from: Step | readonly Step[], extra?: ReadonlyMap<Step, readonly Step[]>): Set<Step> {
  const roots: readonly Step[] = Array.isArray(from) ? (from as readonly Step[]) : [from as Step];
  const seen = new Set<Step>(roots);
  const queue = [...roots];
  for (let head = 0; head < queue.length; head++) {
    const step = queue[head]!;
    for (const next of [...nextSteps(sop, step), ...(extra?.get(step) ?? [])]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** The steps from which some `end` step is reachable. */
export function canReachEnd(sop: Sop): Set<Step> {
  const predecessors = new Map<Step, Step[]>();
  for (const step of sop.steps) {
    for (const next of nextSteps(sop, step)) predecessors.set(next, [...(predecessors.get(next) ?? []), step]);
  }
  const ends = sop.steps.filter((s) => s.kind === 'end');
  const seen = new Set<Step>(ends);
  const queue = [...ends];
  while (queue.length > 0) {
    const step = queue.shift()!;
    for (const prev of predecessors.get(step) ?? []) {
      if (!seen.has(prev)) {
        seen.add(prev);
        queue.push(prev);
      }
    }
  }
  return seen;
}

/**
 * Depth-first search with an explicit stack (an SOP of thousands of steps must not overflow the
 * call stack): `enter` when a step is first reached, `edge` for each of its edges in list order
 * (with the target's state: 1 = on the current path, 2 = done, undefined = not yet seen; the
 * search descends into unseen targets when `edge` returns true), `leave` when all are done.
 */
function depthFirst(
  sop: Sop,
  roots: Iterable<Step>,
  visit: { edge?: (step: Step, edge: Edge, next: Step, state: 1 | 2 | undefined) => boolean | void; leave?: (step: Step) => void },
): void {
  const state = new Map<Step, 1 | 2>();
  for (const root of roots) {
    if (state.has(root)) continue;
    state.set(root, 1);
    const stack: { step: Step; i: number }[] = [{ step: root, i: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edge = frame.step.successors[frame.i++];
      if (!edge) {
        state.set(frame.step, 2);
        visit.leave?.(frame.step);
        stack.pop();
        continue;
      }
      const next = edgeTarget(sop, edge);
      if (!next) continue;
      const s = state.get(next);
      const descend = visit.edge?.(frame.step, edge, next, s) !== false;
      if (s === undefined && descend) {
        state.set(next, 1);
        stack.push({ step: next, i: 0 });
      }
    }
  }
}

/** Whether the flow (from its entry) contains a cycle. */
export function hasCycle(sop: Sop): boolean {
  return backEdges(sop).size > 0;
}

/**
 * Edges that close a cycle (back edges of a depth-first search from the entry, in list
 * order). Removing them leaves an acyclic graph: "each loop counted once".
 */
export function backEdges(sop: Sop): Set<Edge> {
  const back = new Set<Edge>();
  const entry = entryStep(sop);
  depthFirst(sop, [...(entry ? [entry] : []), ...sop.steps], {
    edge: (_step, edge, _next, state) => {
      if (state === 1) back.add(edge);
    },
  });
  return back;
}

/**
 * Shortest and longest entry-to-end sums of a per-step weight (minutes), over the graph with
 * back edges removed (each loop counted once). Undefined when no end is reachable.
 */
export function pathWeights(sop: Sop, weight: (step: Step) => { min: number; max: number }): { min: number; max: number } | undefined {
  const entry = entryStep(sop);
  if (!entry) return undefined;
  const back = backEdges(sop);
  type Span = { min: number; max: number };
  // Without back edges the graph is acyclic: a step's value is known once all its successors' are
  // (post-order); a successor not finished yet cannot occur, but is skipped as the recursion did.
  const memo = new Map<Step, Span | null>();
  depthFirst(sop, [entry], {
    edge: (_step, edge) => !back.has(edge),
    leave: (step) => {
      const own = weight(step);
      const forward = step.successors.filter((e) => !back.has(e));
      let best: Span | null = step.kind === 'end' ? { min: own.min, max: own.max } : null;
      for (const edge of forward) {
        const next = edgeTarget(sop, edge);
        const rest = next ? memo.get(next) : undefined;
        if (!rest) continue;
        best = best
          ? { min: Math.min(best.min, own.min + rest.min), max: Math.max(best.max, own.max + rest.max) }
          : { min: own.min + rest.min, max: own.max + rest.max };
      }
      memo.set(step, best);
    },
  });
  return memo.get(entry) ?? undefined;
}
