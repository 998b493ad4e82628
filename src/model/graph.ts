// Graph facts about an SOP's flow, computed from the steps' successors (edges to unknown
// steps are left out): entry, reachability, cycles, and path lengths by standard time.

import type { Sop, Step } from './types.js';

/** The step the flow starts at: the first `start` step, or the first step. */
export function entryStep(sop: Sop): Step | undefined {
  return sop.steps.find((s) => s.kind === 'start') ?? sop.steps[0];
}

/** Successor steps of a step that exist. */
export function nextSteps(sop: Sop, step: Step): Step[] {
  const out: Step[] = [];
  for (const edge of step.successors) {
    const target = sop.stepById.get(edge.to);
    if (target) out.push(target);
  }
  return out;
}

/** Ids of the steps reachable from `from` (included). */
export function reachableFrom(sop: Sop, from: Step): Set<string> {
  const seen = new Set<string>([from.id]);
  const queue = [from];
  while (queue.length > 0) {
    const step = queue.shift()!;
    for (const next of nextSteps(sop, step)) {
      if (!seen.has(next.id)) {
        seen.add(next.id);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Ids of the steps from which some `end` step is reachable. */
export function canReachEnd(sop: Sop): Set<string> {
  const predecessors = new Map<string, Step[]>();
  for (const step of sop.steps) {
    for (const next of nextSteps(sop, step)) predecessors.set(next.id, [...(predecessors.get(next.id) ?? []), step]);
  }
  const ends = sop.steps.filter((s) => s.kind === 'end');
  const seen = new Set<string>(ends.map((s) => s.id));
  const queue = [...ends];
  while (queue.length > 0) {
    const step = queue.shift()!;
    for (const prev of predecessors.get(step.id) ?? []) {
      if (!seen.has(prev.id)) {
        seen.add(prev.id);
        queue.push(prev);
      }
    }
  }
  return seen;
}

/** Whether the flow (from its entry) contains a cycle. */
export function hasCycle(sop: Sop): boolean {
  const state = new Map<string, 1 | 2>();
  const visit = (step: Step): boolean => {
    state.set(step.id, 1);
    for (const next of nextSteps(sop, step)) {
      const s = state.get(next.id);
      if (s === 1) return true;
      if (s === undefined && visit(next)) return true;
    }
    state.set(step.id, 2);
    return false;
  };
  for (const step of sop.steps) if (!state.has(step.id) && visit(step)) return true;
  return false;
}

/**
 * Edges that close a cycle (back edges of a depth-first search from the entry, in list
 * order). Removing them leaves an acyclic graph: "each loop counted once".
 */
export function backEdges(sop: Sop): Set<string> {
  const back = new Set<string>();
  const state = new Map<string, 1 | 2>();
  const visit = (step: Step): void => {
    state.set(step.id, 1);
    for (const edge of step.successors) {
      const next = sop.stepById.get(edge.to);
      if (!next) continue;
      const s = state.get(next.id);
      if (s === 1) back.add(`${step.id}->${next.id}`);
      else if (s === undefined) visit(next);
    }
    state.set(step.id, 2);
  };
  const entry = entryStep(sop);
  if (entry) visit(entry);
  for (const step of sop.steps) if (!state.has(step.id)) visit(step);
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
  const memo = new Map<string, { min: number; max: number } | null>();
  const solve = (step: Step): { min: number; max: number } | null => {
    if (memo.has(step.id)) return memo.get(step.id)!;
    memo.set(step.id, null);
    const own = weight(step);
    let best: { min: number; max: number } | null = null;
    const forward = step.successors.filter((e) => !back.has(`${step.id}->${e.to}`));
    if (step.kind === 'end' || forward.length === 0) {
      best = step.kind === 'end' ? { min: own.min, max: own.max } : null;
    }
    for (const edge of forward) {
      const next = sop.stepById.get(edge.to);
      if (!next) continue;
      const rest = solve(next);
      if (!rest) continue;
      best = best
        ? { min: Math.min(best.min, own.min + rest.min), max: Math.max(best.max, own.max + rest.max) }
        : { min: own.min + rest.min, max: own.max + rest.max };
    }
    memo.set(step.id, best);
    return best;
  };
  return solve(entry) ?? undefined;
}
