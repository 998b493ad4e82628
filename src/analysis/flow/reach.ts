// Which steps the flow reaches, shared by unreachable and unknown-step so that one defect gets one
// finding. The flow starts at every start step (one chain per intake channel is a start each).
// A broken edge (a `next` or branch naming no step) is read as the typo it most likely is: its
// "did you mean" target. Steps reached only through such a repair are hidden by the typo, and
// unknown-step says so; steps reached by no path even then are unreachable's, one finding for
// each part of the chart that nothing leads into (its head), not one per step. A broken edge close
// to no id, when one part is left that nothing leads into, was meant for that part.

import type { Edge, Sop, Step } from '../../model/types.js';
import { edgeTarget, entrySteps, nextSteps, reachableFrom } from '../../model/graph.js';
import { closest, typoDistance } from '../text/similarity.js';
import { sopAnalysis } from '../memo.js';

/** A broken edge and the step it was most likely meant to name. */
export interface BrokenEdge {
  from: Step;
  edge: Edge;
  suggestion?: Step;
  /** Steps reached only through this edge, once repaired (the suggestion and what follows it). */
  hidden: Step[];
}

/** A part of the chart that nothing reachable leads into: its head and the steps after it. */
export interface UnreachedPart {
  head: Step;
  /** The other steps of the part (reached from the head only). */
  rest: Step[];
}

export interface Reach {
  /** The steps the flow starts at. */
  entries: Step[];
  /** Steps reached from an entry, with broken edges repaired. */
  reached: Set<Step>;
  broken: BrokenEdge[];
  /** Parts reached by no path, in list order of their heads. */
  unreached: UnreachedPart[];
}

function brokenEdges(sop: Sop): BrokenEdge[] {
  let ids: string[] | undefined;
  const out: BrokenEdge[] = [];
  for (const from of sop.steps) {
    for (const edge of from.successors) {
      if (edgeTarget(sop, edge)) continue;
      ids ??= sop.steps.map((s) => s.id);
      const id = closest(edge.to, ids, 0.4, typoDistance);
      out.push({ from, edge, suggestion: id === undefined ? undefined : sop.stepById.get(id), hidden: [] });
    }
  }
  return out;
}

/** Splits the steps no path reaches into parts, each led by a step nothing leads into (or, in a closed loop, the first listed). */
function unreachedParts(sop: Sop, reached: ReadonlySet<Step>): UnreachedPart[] {
  const left = sop.steps.filter((s) => !reached.has(s));
  if (left.length === 0) return [];
  const entered = new Set<Step>();
  for (const step of sop.steps) for (const next of nextSteps(sop, step)) if (next !== step) entered.add(next);
  const heads = [...left.filter((s) => !entered.has(s)), ...left.filter((s) => entered.has(s))];
  const covered = new Set<Step>();
  const parts: UnreachedPart[] = [];
  for (const head of heads) {
    if (covered.has(head)) continue;
    const part = [...reachableFrom(sop, head)].filter((s) => !reached.has(s) && !covered.has(s));
    part.forEach((s) => covered.add(s));
    parts.push({ head, rest: part.filter((s) => s !== head).sort((a, b) => a.index - b.index) });
  }
  return parts.sort((a, b) => a.head.index - b.head.index);
}

export function reachOf(sop: Sop): Reach {
  const entries = entrySteps(sop);
  const broken = brokenEdges(sop);
  const direct = reachableFrom(sop, entries);
  const repairs = new Map<Step, Step[]>();
  for (const b of broken) if (b.suggestion) repairs.set(b.from, [...(repairs.get(b.from) ?? []), b.suggestion]);
  const reached = repairs.size > 0 ? reachableFrom(sop, entries, repairs) : direct;
  // What each repair alone uncovers: the steps it reaches that the flow as written does not.
  for (const b of broken) {
    if (!b.suggestion || !reached.has(b.from)) continue;
    b.hidden = [...reachableFrom(sop, b.suggestion)].filter((s) => !direct.has(s)).sort((x, y) => x.index - y.index);
  }
  const unreached = unreachedParts(sop, reached);
  // One broken edge close to no id, and one part that nothing leads into: the edge was meant for
  // that part (a renamed step). One defect: unknown-step names the part's head; the part is reached.
  const unexplained = broken.filter((b) => !b.suggestion && reached.has(b.from));
  if (unexplained.length === 1 && unreached.length === 1) {
    const { head, rest } = unreached[0]!;
    unexplained[0]!.suggestion = head;
    unexplained[0]!.hidden = [head, ...rest];
    for (const s of unexplained[0]!.hidden) reached.add(s);
    return { entries, reached, broken, unreached: [] };
  }
  return { entries, reached, broken, unreached };
}

/** The SOP's reach: `context.analysis.get(reach)`. */
export const reach = sopAnalysis('reach', ({ sop }) => reachOf(sop));
