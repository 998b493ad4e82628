// Builds the SOP model from schema-valid plain data: defaults, successors, parsed durations,
// normalised note numbers, and the YAML path of each item as written (a list item or a single
// value, a string or a mapping), so that nothing downstream looks at the raw data for it.

import type { NodePath } from '../loader/source-map.js';
import { parseDuration } from './duration.js';
import type { Branch, Edge, Form, GuidanceItem, NoteEntry, Recurrence, Sop, Step, StepKind } from './types.js';

type Raw = Record<string, unknown>;

const FULL_WIDTH_DIGITS = /[０-９]/g;

/** Note numbers are written as 1, "1" or "１": all become "1". */
export function normalizeNoteRef(value: unknown): string {
  return String(value)
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(/^0+(?=\d)/, '');
}

function strings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function noteRefs(value: unknown): string[] {
  return Array.isArray(value) ? value.map(normalizeNoteRef) : [];
}

/** The path of each of `strings(value)`'s items: the list item, or the single value itself. */
function itemPaths(value: unknown, path: NodePath): NodePath[] {
  return strings(value).map((_, i) => (Array.isArray(value) ? [...path, i] : path));
}

function isMap(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function buildStep(raw: Raw, index: number, hoursPerDay: number): Step {
  const path = ['steps', index];
  const kind = (raw.kind as StepKind | undefined) ?? 'process';
  const timeText = raw.time === undefined ? undefined : String(raw.time);
  const time = timeText === undefined ? undefined : parseDuration(timeText, hoursPerDay);
  const branches: Branch[] | undefined =
    raw.branches && typeof raw.branches === 'object'
      ? Object.entries(raw.branches as Record<string, unknown>).map(([label, target]) => ({ label, target: String(target) }))
      : undefined;
  return {
    id: String(raw.id),
    index,
    kind,
    kindExplicit: raw.kind !== undefined,
    text: String(raw.text ?? ''),
    owner: raw.owner === undefined ? undefined : String(raw.owner),
    support: strings(raw.support),
    time,
    timeText: time ? undefined : timeText,
    schedule: raw.schedule === undefined ? undefined : String(raw.schedule),
    forms: strings(raw.forms),
    notes: noteRefs(raw.notes),
    next: raw.next === undefined ? undefined : strings(raw.next),
    branches,
    sop: raw.sop === undefined ? undefined : String(raw.sop),
    external: raw.external === undefined ? undefined : String(raw.external),
    controls: strings(raw.controls),
    controlPaths: itemPaths(raw.controls, [...path, 'controls']),
    successors: [],
  };
}

/** Outgoing edges per the format's flow rules, each with where it is written. */
function successorsOf(step: Step, nextPaths: NodePath[], following: Step | undefined): Edge[] {
  if (step.kind === 'end') return [];
  if (step.kind === 'decision') {
    return (step.branches ?? []).map((b) => ({ from: step.id, to: b.target, label: b.label, via: 'branch' as const, path: ['steps', step.index, 'branches', b.label] }));
  }
  if (step.next) return step.next.map((to, i) => ({ from: step.id, to, via: 'next' as const, path: nextPaths[i] }));
  return following ? [{ from: step.id, to: following.id, via: 'default', toIndex: following.index }] : [];
}

function buildGuidance(value: unknown): GuidanceItem[] {
  return (Array.isArray(value) ? value : []).map((item: unknown, i) => {
    const path = ['guidance', i];
    return isMap(item)
      ? { text: String(item.text), notes: noteRefs(item.notes), path, textPath: [...path, 'text'] }
      : { text: String(item), notes: [], path, textPath: path };
  });
}

function buildForms(value: unknown): Form[] {
  return (Array.isArray(value) ? value : []).map((item: unknown, i) => {
    const path = ['forms', i];
    if (!isMap(item)) return { name: String(item), notes: [], path, namePath: path };
    return {
      id: item.id === undefined ? undefined : String(item.id),
      name: String(item.name),
      file: item.file === undefined ? undefined : String(item.file),
      note: item.note === undefined ? undefined : String(item.note),
      notes: noteRefs(item.notes),
      path,
      namePath: [...path, 'name'],
    };
  });
}

/** Notes as written, in key order; paths use the keys as written, which is what the source map records. */
function buildNotes(value: unknown): NoteEntry[] {
  if (!isMap(value)) return [];
  return Object.entries(value).map(([key, text]) => ({ key: normalizeNoteRef(key), text: String(text), path: ['notes', key] }));
}

export interface BuildOptions {
  file: string;
  displayPath: string;
  hoursPerDay: number;
}

export function buildSop(data: Raw, options: BuildOptions): Sop {
  const rawSteps = Array.isArray(data.steps) ? (data.steps as Raw[]) : [];
  const steps = rawSteps.map((raw, index) => buildStep(raw, index, options.hoursPerDay));
  steps.forEach((step, index) => {
    step.successors = successorsOf(step, itemPaths(rawSteps[index]!.next, ['steps', index, 'next']), steps[index + 1]);
  });
  const stepById = new Map<string, Step>();
  for (const step of steps) if (!stepById.has(step.id)) stepById.set(step.id, step);
  const noteEntries = buildNotes(data.notes);
  const deadlineText = data.deadline === undefined ? undefined : String(data.deadline);
  return {
    file: options.file,
    displayPath: options.displayPath,
    version: Number(data.sop),
    id: String(data.id),
    title: String(data.title),
    unit: String(data.unit),
    code: data.code === undefined ? undefined : String(data.code),
    established: data.established === undefined ? undefined : String(data.established),
    revisions: (Array.isArray(data.revisions) ? (data.revisions as Raw[]) : []).map((r) => ({ date: String(r.date), summary: String(r.summary) })),
    contact: data.contact === undefined ? undefined : String(data.contact),
    deadline: deadlineText === undefined ? undefined : parseDuration(deadlineText, options.hoursPerDay),
    recurrence: (data.recurrence as Recurrence | undefined) ?? 'none',
    recurrenceExplicit: data.recurrence !== undefined,
    kpis: strings(data.kpis),
    kpiPaths: itemPaths(data.kpis, ['kpis']),
    lang: data.lang === 'zh-TW' || data.lang === 'en' ? data.lang : undefined,
    kpisExplicit: data.kpis !== undefined,
    steps,
    legal: strings(data.legal),
    legalPaths: itemPaths(data.legal, ['legal']),
    guidance: buildGuidance(data.guidance),
    forms: buildForms(data.forms),
    notes: new Map(noteEntries.map((n) => [n.key, n.text])),
    noteEntries,
    stepById,
    raw: data,
  };
}
