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

/** Every text of the SOP with its path. */
export function sopTexts(sop: Sop): SopText[] {
  const out: SopText[] = [];
  const add = (text: string | undefined, path: NodePath, field: SopTextField, stepId?: string): void => {
    if (text === undefined || text.length === 0) return;
    out.push(stepId === undefined ? { text, path, field } : { text, path, field, stepId });
  };

  add(sop.title, ['title'], 'title');
  add(sop.contact, ['contact'], 'contact');
  sop.revisions.forEach((revision, i) => add(revision.summary, ['revisions', i, 'summary'], 'revision'));
  for (const step of sop.steps) {
    add(step.text, ['steps', step.index, 'text'], 'step', step.id);
    add(step.schedule, ['steps', step.index, 'schedule'], 'schedule', step.id);
    step.controls.forEach((control, i) => add(control, step.controlPaths[i]!, 'control', step.id));
  }
  sop.legal.forEach((item, i) => add(item, sop.legalPaths[i]!, 'legal'));
  sop.guidance.forEach((item) => add(item.text, item.textPath, 'guidance'));
  for (const form of sop.forms) {
    add(form.name, form.namePath, 'form');
    add(form.note, [...form.path, 'note'], 'formNote');
  }
  for (const note of sop.noteEntries) add(note.text, note.path, 'note');
  return out;
}
