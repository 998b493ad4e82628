// Builds the SOP model from schema-valid plain data: defaults, successors, parsed durations
// and normalised note numbers.

import { parseDuration } from './duration.js';
import type { Branch, Edge, Form, GuidanceItem, Recurrence, Sop, Step, StepKind } from './types.js';

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

function buildStep(raw: Raw, index: number, hoursPerDay: number): Step {
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
    successors: [],
  };
}

/** Outgoing edges per the format's flow rules. */
function successorsOf(step: Step, following: Step | undefined): Edge[] {
  if (step.kind === 'end') return [];
  if (step.kind === 'decision') {
    return (step.branches ?? []).map((b) => ({ from: step.id, to: b.target, label: b.label, via: 'branch' as const }));
  }
  if (step.next) return step.next.map((to) => ({ from: step.id, to, via: 'next' as const }));
  return following ? [{ from: step.id, to: following.id, via: 'default', toIndex: following.index }] : [];
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
    step.successors = successorsOf(step, steps[index + 1]);
  });
  const stepById = new Map<string, Step>();
  for (const step of steps) if (!stepById.has(step.id)) stepById.set(step.id, step);

  const guidance: GuidanceItem[] = (Array.isArray(data.guidance) ? data.guidance : []).map((item: unknown) =>
    typeof item === 'string' ? { text: item, notes: [] } : { text: String((item as Raw).text), notes: noteRefs((item as Raw).notes) },
  );
  const forms: Form[] = (Array.isArray(data.forms) ? data.forms : []).map((item: unknown) => {
    if (typeof item === 'string') return { name: item, notes: [] };
    const raw = item as Raw;
    return {
      id: raw.id === undefined ? undefined : String(raw.id),
      name: String(raw.name),
      file: raw.file === undefined ? undefined : String(raw.file),
      note: raw.note === undefined ? undefined : String(raw.note),
      notes: noteRefs(raw.notes),
    };
  });
  const notes = new Map<string, string>();
  if (data.notes && typeof data.notes === 'object') {
    for (const [key, text] of Object.entries(data.notes as Raw)) notes.set(normalizeNoteRef(key), String(text));
  }
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
    lang: data.lang === 'zh-TW' || data.lang === 'en' ? data.lang : undefined,
    kpisExplicit: data.kpis !== undefined,
    steps,
    legal: strings(data.legal),
    guidance,
    forms,
    notes,
    stepById,
    raw: data,
  };
}
