// The built-in word lists prepared for the form analysis, and small builders of its inputs.

import { formContext, prepareField } from '../../../src/analysis/forms/form-analysis.js';
import { buildFormLists } from '../../../src/analysis/forms/form-lists.js';
import type { Field, FieldScan, FormContext } from '../../../src/analysis/forms/types.js';
import { builtInWords } from '../../../src/words/load-words.js';

export const lists = buildFormLists(builtInWords(), []);

/** The listed forms of a `forms:` list with these names. */
export function contextOf(...names: string[]): FormContext {
  return formContext(
    names.map((name) => ({ name })),
    lists,
  );
}

/** A step's label (or, with `guidance: true`, a guidance item). */
export function fieldOf(text: string, options: Partial<Field> = {}): Field {
  return { text, stepId: 's', path: ['text'], guidance: false, unquotedUnlisted: true, document: false, ...options };
}

export function scanOf(text: string, options: Partial<Field> = {}): FieldScan {
  return prepareField(fieldOf(text, options), lists);
}
