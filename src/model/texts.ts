// Every free text of an SOP with the path of the string value that holds it, in document
// order (title, contact, revisions, steps, legal, guidance, forms, notes). Rules that read all
// of an SOP's words (vague wording, secrets, URLs, terms, deadlines) walk this one list instead
// of each knowing the shape of guidance items, forms and notes; they get it once per SOP as
// the analysis `sopTextList` (analysis/sop-texts.ts).

import type { NodePath } from '../loader/source-map.js';
import type { Sop } from './types.js';

/** Which field a text comes from, so that a rule can skip what it must not read (e.g. `legal`). */
export type SopTextField =
  | 'title'
  | 'contact'
  | 'revision'
  | 'step'
  | 'schedule'
  | 'control'
  | 'legal'
  | 'guidance'
  | 'form'
  | 'formNote'
  | 'note';

export interface SopText {
  text: string;
  /** Absolute path of the string value, e.g. ['steps', 3, 'text'], ['guidance', 1, 'text'], ['notes', '3']. */
  path: NodePath;
  field: SopTextField;
  /** The step the text belongs to (step text, schedule, controls). */
  stepId?: string;
}

/** Step fields: the labels and other texts drawn in or beside a flowchart symbol. */
export const STEP_TEXT_FIELDS: ReadonlySet<SopTextField> = new Set(['step', 'schedule', 'control']);

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every text of the SOP with its path. */
export function sopTexts(sop: Sop): SopText[] {
  const out: SopText[] = [];
  const add = (text: string | undefined, path: NodePath, field: SopTextField, stepId?: string): void => {
    if (text === undefined || text.length === 0) return;
    out.push(stepId === undefined ? { text, path, field } : { text, path, field, stepId });
  };
  const raw = sop.raw;

  add(sop.title, ['title'], 'title');
  add(sop.contact, ['contact'], 'contact');
  sop.revisions.forEach((revision, i) => add(revision.summary, ['revisions', i, 'summary'], 'revision'));

  const rawSteps = Array.isArray(raw.steps) ? (raw.steps as unknown[]) : [];
  for (const step of sop.steps) {
    const rawStep = rawSteps[step.index];
    add(step.text, ['steps', step.index, 'text'], 'step', step.id);
    add(step.schedule, ['steps', step.index, 'schedule'], 'schedule', step.id);
    // `controls` may be one string or a list.
    const controlsIsList = isMap(rawStep) && Array.isArray(rawStep.controls);
    step.controls.forEach((control, i) =>
      add(control, controlsIsList ? ['steps', step.index, 'controls', i] : ['steps', step.index, 'controls'], 'control', step.id),
    );
  }

  const rawLegal = raw.legal;
  sop.legal.forEach((item, i) => add(item, Array.isArray(rawLegal) ? ['legal', i] : ['legal'], 'legal'));

  const rawGuidance = Array.isArray(raw.guidance) ? (raw.guidance as unknown[]) : [];
  sop.guidance.forEach((item, i) => add(item.text, isMap(rawGuidance[i]) ? ['guidance', i, 'text'] : ['guidance', i], 'guidance'));

  const rawForms = Array.isArray(raw.forms) ? (raw.forms as unknown[]) : [];
  sop.forms.forEach((form, i) => {
    if (isMap(rawForms[i])) {
      add(form.name, ['forms', i, 'name'], 'form');
      add(form.note, ['forms', i, 'note'], 'formNote');
    } else {
      add(form.name, ['forms', i], 'form');
    }
  });

  // Paths use the keys as written (1, "1" or "１"), which is what the source map records.
  if (isMap(raw.notes)) {
    for (const [key, value] of Object.entries(raw.notes)) {
      if (value === undefined || value === null) continue;
      add(String(value), ['notes', key], 'note');
    }
  }
  return out;
}
