// The SOP that `sop render --compare` lays out: the new version's steps plus the steps the new
// version removed, each inserted right after the step that preceded it in the old list, with the
// old edges the new version no longer has. Laid out once, it draws every removed step where a
// reader of the old chart remembers it; ChangeMarks (model/changes.ts) say what the chart marks.
//
// Steps are matched by id (the first step with an id, as in diffSops). Edges are compared by
// (from, to): an edge in one version only is added or removed; one in both whose branch labels
// differ is changed (drawn once, with the new label), so two edges never share their ends.

import { edgeKey, type ChangeKind, type ChangeMarks } from '../model/changes.js';
import type { Edge, Sop, Step } from '../model/types.js';
import { diffSops, type SopDiff, type StepField } from './sop-diff.js';

/** Fields of a step that the chart prints (on the symbol or in its row's cells). */
export const PRINTED_FIELDS: readonly StepField[] = ['text', 'kind', 'owner', 'support', 'time', 'schedule', 'forms', 'notes', 'sop', 'external'];

export interface MergedVersions {
  /** What to lay out: the new version with the removed steps and edges put back. */
  sop: Sop;
  marks: ChangeMarks;
  /** The structured difference (as `sop diff` prints it). */
  diff: SopDiff;
}

function uniqueSteps(sop: Sop | undefined): Step[] {
  return sop ? sop.steps.filter((s) => sop.stepById.get(s.id) === s) : [];
}

/** Edges to existing steps, grouped by (from, to): the branch labels of each ('' = none). */
function edgeLabels(sop: Sop | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const step of uniqueSteps(sop)) {
    for (const edge of step.successors) {
      if (!sop!.stepById.has(edge.to)) continue;
      const key = edgeKey(edge.from, edge.to);
      out.set(key, [...(out.get(key) ?? []), edge.label ?? '']);
    }
  }
  return out;
}

function sameLabels(a: string[], b: string[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((label, i) => label === y[i]);
}

/** Merges two versions of an SOP for the compare chart; `before` undefined = everything is added. */
export function mergeVersions(before: Sop | undefined, after: Sop): MergedVersions {
  const diff = diffSops(before, after);
  const newSteps = uniqueSteps(after);
  const oldSteps = uniqueSteps(before);
  const newIds = new Set(newSteps.map((s) => s.id));
  const oldById = new Map(oldSteps.map((s) => [s.id, s]));

  const steps = new Map<string, ChangeKind>();
  const fields = new Map<string, Set<StepField>>();
  for (const ref of diff.steps.added) steps.set(ref.id, 'added');
  for (const ref of diff.steps.removed) steps.set(ref.id, 'removed');
  for (const change of diff.steps.changed) {
    const printed = new Set(PRINTED_FIELDS.filter((f) => change.fields[f] !== undefined));
    if (printed.size === 0) continue; // next / branches show on the edges; controls are not printed
    steps.set(change.id, 'changed');
    fields.set(change.id, printed);
  }

  const oldEdges = edgeLabels(before);
  const newEdges = edgeLabels(after);
  const edges = new Map<string, ChangeKind>();
  for (const [key, labels] of newEdges) {
    const was = oldEdges.get(key);
    if (!was) edges.set(key, 'added');
    else if (!sameLabels(was, labels)) edges.set(key, 'changed');
  }
  for (const key of oldEdges.keys()) if (!newEdges.has(key)) edges.set(key, 'removed');

  // List order: a removed step goes right after the step before it in the old list (a removed
  // step itself, for a run of them), or first when nothing preceded it.
  const order: Step[] = [...newSteps];
  let anchor: string | undefined;
  for (const step of oldSteps) {
    if (newIds.has(step.id)) {
      anchor = step.id;
      continue;
    }
    const at = anchor === undefined ? 0 : order.findIndex((s) => s.id === anchor) + 1;
    order.splice(at, 0, step);
    anchor = step.id;
  }

  const ids = new Set(order.map((s) => s.id));
  const removedEdge = (edge: Edge) => edges.get(edgeKey(edge.from, edge.to)) === 'removed' && ids.has(edge.to);
  const merged: Step[] = order.map((step, index) => {
    const kept = newIds.has(step.id);
    const old = oldById.get(step.id);
    const successors: Edge[] = kept ? [...step.successors, ...(old?.successors.filter(removedEdge) ?? [])] : step.successors.filter(removedEdge);
    // Indices changed: edges resolve by id (drop toIndex), steps get their place in the merged list.
    return { ...step, index, successors: successors.map(({ toIndex: _, ...edge }) => edge) };
  });

  // Removed steps may name forms by an id only the old version has.
  const formIds = new Set(after.forms.flatMap((f) => (f.id === undefined ? [] : [f.id])));
  const oldForms = (before?.forms ?? []).filter((f) => f.id !== undefined && !formIds.has(f.id));

  const sop: Sop = {
    ...after,
    steps: merged,
    stepById: new Map(merged.map((s) => [s.id, s])),
    forms: [...after.forms, ...oldForms],
  };
  const numbers = new Map(newSteps.map((s, i) => [s.id, i + 1]));
  return { sop, marks: { steps, fields, edges, numbers }, diff };
}
