// The structured difference between two versions of an SOP: model in, plain data out (no I/O,
// no language, no colour). `sop diff` prints it (format-diff.ts); `sop render --compare` draws
// added and removed steps and edges from it.
//
// Steps are matched by id (the first step with that id, as in Sop.stepById). Edges are the
// resolved flow (Step.successors): a step that flows to another through an implicit "next item",
// an explicit `next` or a decision branch, compared as (from, to, branch label); reordering the
// list so that a default successor changes shows up here. Values are as written in the file
// (durations keep their text), so a diff never depends on `hoursPerDay`.
//
// The JSON of `sop diff --format json` is exactly these types (see README "Review rounds").

import type { Form, GuidanceItem, Sop, Step } from '../model/types.js';

/** A JSON value: what every `from` / `to` holds. `null` = not set in that version. */
export type DiffValue = string | number | boolean | null | DiffValue[] | { [key: string]: DiffValue };

export interface FieldChange {
  from: DiffValue;
  to: DiffValue;
}

/** The step fields compared, in print order. `next` is the explicit `next` (null = default flow). */
export const STEP_FIELDS = ['text', 'kind', 'owner', 'support', 'time', 'schedule', 'forms', 'notes', 'next', 'branches', 'sop', 'external', 'controls'] as const;
export type StepField = (typeof STEP_FIELDS)[number];

/** The top-level fields compared, in print order. */
export const SOP_FIELDS = [
  'id',
  'title',
  'unit',
  'code',
  'established',
  'contact',
  'deadline',
  'recurrence',
  'kpis',
  'revisions',
  'legal',
  'guidance',
  'forms',
  'notes',
] as const;
export type SopField = (typeof SOP_FIELDS)[number];

/** A step that exists in one version only. */
export interface StepRef {
  id: string;
  kind: string;
  text: string;
}

export interface StepChange {
  id: string;
  /** Only the fields that differ, in STEP_FIELDS order. */
  fields: Partial<Record<StepField, FieldChange>>;
}

export interface EdgeRef {
  from: string;
  to: string;
  /** The decision branch label, when the edge is a branch. */
  label?: string;
}

export interface BranchRef {
  /** The decision step. */
  step: string;
  label: string;
  target: string;
}

export interface BranchChange {
  step: string;
  label: string;
  from: string;
  to: string;
}

export type DiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface SopDiff {
  /** added = only the new version exists; removed = only the old one; unchanged = no difference in the model (comments, formatting or key order may still differ). */
  status: DiffStatus;
  /** The SOP id (of the new version when there is one). */
  id: string;
  steps: { added: StepRef[]; removed: StepRef[]; changed: StepChange[] };
  edges: { added: EdgeRef[]; removed: EdgeRef[] };
  /** Branches of decisions present in both versions: a label added, removed or pointed elsewhere. */
  branches: { added: BranchRef[]; removed: BranchRef[]; changed: BranchChange[] };
  /** Top-level fields that differ; empty for an added or removed SOP. */
  fields: Partial<Record<SopField, FieldChange>>;
}

function optional(value: string | undefined): DiffValue {
  return value ?? null;
}

function stepValue(step: Step, field: StepField): DiffValue {
  switch (field) {
    case 'text':
      return step.text;
    case 'kind':
      return step.kind;
    case 'owner':
      return optional(step.owner);
    case 'support':
      return step.support;
    case 'time':
      return optional(step.time?.text ?? step.timeText);
    case 'schedule':
      return optional(step.schedule);
    case 'forms':
      return step.forms;
    case 'notes':
      return step.notes;
    case 'next':
      return step.next ?? null;
    case 'branches':
      return step.branches ? step.branches.map((b) => ({ label: b.label, target: b.target })) : null;
    case 'sop':
      return optional(step.sop);
    case 'external':
      return optional(step.external);
    case 'controls':
      return step.controls;
  }
}

function formValue(form: Form): DiffValue {
  if (form.id === undefined && form.file === undefined && form.note === undefined && form.notes.length === 0) return form.name;
  const value: Record<string, DiffValue> = {};
  if (form.id !== undefined) value.id = form.id;
  value.name = form.name;
  if (form.file !== undefined) value.file = form.file;
  if (form.note !== undefined) value.note = form.note;
  if (form.notes.length > 0) value.notes = form.notes;
  return value;
}

function guidanceValue(item: GuidanceItem): DiffValue {
  return item.notes.length === 0 ? item.text : { text: item.text, notes: item.notes };
}

function sopValue(sop: Sop, field: SopField): DiffValue {
  switch (field) {
    case 'id':
      return sop.id;
    case 'title':
      return sop.title;
    case 'unit':
      return sop.unit;
    case 'code':
      return optional(sop.code);
    case 'established':
      return optional(sop.established);
    case 'contact':
      return optional(sop.contact);
    case 'deadline':
      return optional(sop.deadline?.text);
    case 'recurrence':
      return sop.recurrence;
    case 'kpis':
      return sop.kpis;
    case 'revisions':
      return sop.revisions.map((r) => ({ date: r.date, summary: r.summary }));
    case 'legal':
      return sop.legal;
    case 'guidance':
      return sop.guidance.map(guidanceValue);
    case 'forms':
      return sop.forms.map(formValue);
    case 'notes':
      return Object.fromEntries([...sop.notes].map(([key, text]) => [key, text]));
  }
}

/** Structural equality of JSON values; object key order does not matter, array order does. */
export function sameValue(a: DiffValue, b: DiffValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]!));
  }
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key]!, b[key]!));
}

function stepRef(step: Step): StepRef {
  return { id: step.id, kind: step.kind, text: step.text };
}

function edgesOf(sop: Sop | undefined): Map<string, EdgeRef> {
  const edges = new Map<string, EdgeRef>();
  for (const step of sop?.steps ?? []) {
    // A duplicated step id is matched by its first occurrence, as everywhere else.
    if (sop!.stepById.get(step.id) !== step) continue;
    for (const edge of step.successors) {
      const ref: EdgeRef = edge.label === undefined ? { from: edge.from, to: edge.to } : { from: edge.from, to: edge.to, label: edge.label };
      edges.set(JSON.stringify([ref.from, ref.to, ref.label ?? null]), ref);
    }
  }
  return edges;
}

function uniqueSteps(sop: Sop | undefined): Step[] {
  return sop ? sop.steps.filter((step) => sop.stepById.get(step.id) === step) : [];
}

function diffBranches(before: Step, after: Step, out: SopDiff['branches']): void {
  if (!before.branches && !after.branches) return;
  const old = new Map((before.branches ?? []).map((b) => [b.label, b.target]));
  const now = new Map((after.branches ?? []).map((b) => [b.label, b.target]));
  for (const [label, target] of now) {
    const was = old.get(label);
    if (was === undefined) out.added.push({ step: after.id, label, target });
    else if (was !== target) out.changed.push({ step: after.id, label, from: was, to: target });
  }
  for (const [label, target] of old) if (!now.has(label)) out.removed.push({ step: before.id, label, target });
}

/** Compares two versions of an SOP; either may be missing (an added or removed file). */
export function diffSops(before: Sop | undefined, after: Sop | undefined): SopDiff {
  const diff: SopDiff = {
    status: 'unchanged',
    id: after?.id ?? before?.id ?? '',
    steps: { added: [], removed: [], changed: [] },
    edges: { added: [], removed: [] },
    branches: { added: [], removed: [], changed: [] },
    fields: {},
  };

  const oldSteps = new Map(uniqueSteps(before).map((s) => [s.id, s]));
  const newSteps = uniqueSteps(after);
  const newIds = new Set(newSteps.map((s) => s.id));
  for (const step of newSteps) {
    const was = oldSteps.get(step.id);
    if (!was) {
      diff.steps.added.push(stepRef(step));
      continue;
    }
    const fields: StepChange['fields'] = {};
    for (const field of STEP_FIELDS) {
      const from = stepValue(was, field);
      const to = stepValue(step, field);
      if (!sameValue(from, to)) fields[field] = { from, to };
    }
    if (Object.keys(fields).length > 0) diff.steps.changed.push({ id: step.id, fields });
    diffBranches(was, step, diff.branches);
  }
  for (const step of oldSteps.values()) if (!newIds.has(step.id)) diff.steps.removed.push(stepRef(step));

  const oldEdges = edgesOf(before);
  const newEdges = edgesOf(after);
  for (const [key, edge] of newEdges) if (!oldEdges.has(key)) diff.edges.added.push(edge);
  for (const [key, edge] of oldEdges) if (!newEdges.has(key)) diff.edges.removed.push(edge);

  if (before && after) {
    for (const field of SOP_FIELDS) {
      const from = sopValue(before, field);
      const to = sopValue(after, field);
      if (!sameValue(from, to)) diff.fields[field] = { from, to };
    }
  }

  if (!before && after) diff.status = 'added';
  else if (before && !after) diff.status = 'removed';
  else if (hasDifferences(diff)) diff.status = 'changed';
  return diff;
}

/** Whether a diff shows any difference (what `sop diff --exit-code` tests). */
export function hasDifferences(diff: SopDiff): boolean {
  return (
    diff.status === 'added' ||
    diff.status === 'removed' ||
    diff.steps.added.length + diff.steps.removed.length + diff.steps.changed.length > 0 ||
    diff.edges.added.length + diff.edges.removed.length > 0 ||
    diff.branches.added.length + diff.branches.removed.length + diff.branches.changed.length > 0 ||
    Object.keys(diff.fields).length > 0
  );
}
