// Where an SOP names forms (四、使用表格) and how each name compares with the top-level `forms`
// list. form-unlisted, form-unused and form-name all read this one analysis, so that a single
// mismatch is reported once: a near miss is form-name's (and counts as a use), a name close to
// no listed form is form-unlisted's, a listed form that nothing names is form-unused's.
//
// Each field (a step's label, a guidance item) is read in passes, each skipping what an earlier
// one took: listed names written out (exact-names.ts), near misses (near-misses.ts), look-alike
// typos (typos.ts), then other form-like names (candidates.ts, classify.ts); once every field is
// read, names no pass could relate are related across the SOP (pairing.ts). Text is compared
// folded (text/fold.ts), which keeps every position, so a span found is the span as written.

import type { Sop } from '../../model/types.js';
import { sopAnalysis } from '../memo.js';
import { boundedHits } from '../text/bounded-words.js';
import { fold } from '../text/fold.js';
import { candidates } from './candidates.js';
import { entryMention } from './entries.js';
import { exactMentions } from './exact-names.js';
import { formLists, type FormLists } from './form-lists.js';
import { listForm } from './listed-forms.js';
import { nameReader } from './name-words.js';
import { NOTE_MARK } from './names.js';
import { nearMisses } from './near-misses.js';
import { nounHits } from './nouns.js';
import { relateNames } from './pairing.js';
import { TRAILING_CHARS } from './punctuation.js';
import { Spans } from './spans.js';
import { uiLabelSpans } from './generic-names.js';
import { typos } from './typos.js';
import type { Field, FieldScan, FormAnalysis, FormContext, FormMention } from './types.js';

/** A field ready to read: note marks blanked, folded, its content's bounds found. */
export function prepareField(field: Field, lists: FormLists): FieldScan {
  const raw = field.text.includes('註') ? field.text.replace(NOTE_MARK, (mark) => ' '.repeat(mark.length)) : field.text;
  const text = fold(raw, lists.spellings);
  let contentStart = 0;
  while (contentStart < text.length && /\s/.test(text[contentStart]!)) contentStart++;
  let contentEnd = text.length;
  while (contentEnd > 0 && TRAILING_CHARS.has(text[contentEnd - 1]!)) contentEnd--;
  const taken = new Spans();
  // A quoted label of a button or a field (「新增表單」按鈕, 「列印申請書」) is read by no pass.
  for (const [start, end] of uiLabelSpans(raw, lists)) taken.add(start, end);
  return { field, raw, text, contentStart, contentEnd, taken };
}

/** Names in one label or guidance item. */
export function fieldMentions(field: Field, context: FormContext): FormMention[] {
  const scan = prepareField(field, context.lists);
  const nouns = nounHits(scan.text, context.lists);

  const mentions: FormMention[] = [];
  // 1. Listed names written out, longest first so that 執行情形評審表 is not also read as 評審表.
  for (const form of context.longestFirst) {
    mentions.push(...exactMentions(scan, form, form.key, 'exact', context));
    if (form.bare !== form.key) mentions.push(...exactMentions(scan, form, form.bare, 'prefix', context));
  }
  // 2. Near misses of listed names; not in prose.
  if (!field.guidance) mentions.push(...nearMisses(scan, new Set(nouns.map((h) => h.index + h.word.length)), context));
  // 3. Look-alike characters in form nouns.
  mentions.push(...typos(scan, context));
  // 4. Other form-like names: short names, template documents, unlisted names.
  mentions.push(...candidates(scan, nouns, context));
  return mentions;
}

/**
 * A template's document (申請補助計畫書 for 申請補助計畫書格式) uses the template, unless the
 * chart also draws the template itself: then it is a second document that is not listed.
 */
function resolveTemplates(mentions: FormMention[]): void {
  for (const m of mentions) {
    if (m.relation !== 'template' || m.stepId === undefined) continue;
    const form = m.forms[0]!;
    // A step's own `forms:` entry naming the template is the template in use, not a second drawing.
    const drawn = mentions.some((o) => o !== m && !o.entry && o.stepId !== undefined && o.relation !== 'template' && o.relation !== 'unlisted' && o.forms[0] === form);
    if (drawn) {
      m.relation = 'unlisted';
      m.template = form;
      m.forms = [];
    }
  }
}

/** Listed forms that some step uses or names (exactly, nearly or by a short name; each form an ambiguous name may mean). */
function usedForms(mentions: readonly FormMention[]): Set<number> {
  const used = new Set<number>();
  for (const m of mentions) {
    if (m.stepId === undefined || m.forms.length === 0) continue;
    if (m.relation === 'unlisted' || m.relation === 'typo') continue;
    // An ambiguous short name (教師聘書 for 本校專任教師聘書 and 本校兼任教師聘書) is form-name's one
    // finding ("which one?"); none of the forms it may mean is also unused.
    for (const form of m.forms) used.add(form);
  }
  return used;
}

/** The listed forms prepared for comparison, and the lists: what every pass reads. */
export function formContext(listed: ReadonlyArray<{ name: string; id?: string }>, lists: FormLists): FormContext {
  const forms = listed.map((form, index) => listForm(form.name, index, form.id, lists));
  return { lists, forms, longestFirst: [...forms].sort((a, b) => b.bare.length - a.bare.length), nameWords: nameReader(lists) };
}

/**
 * Whether a start step is the SOP's own work rather than a trigger from outside (民眾填寫陳情書):
 * its owner is the SOP's unit or its label opens with it (人事室繕造…名冊), or the label marks a
 * paper as the office's own (our online complaints form; 本表單, the label written on the form).
 */
function ownStart(sop: Sop, step: Sop['steps'][number], lists: FormLists): boolean {
  const unit = sop.unit.trim();
  if (unit.length > 0 && (step.owner?.trim() === unit || step.text.trimStart().startsWith(unit))) return true;
  return ownPaper(fold(step.text, lists.spellings), lists);
}

/** Whether an own marker (本府, our; 本表單) stands right before a form noun, with only letters between. */
function ownPaper(text: string, lists: FormLists): boolean {
  const nouns = nounHits(text, lists).filter((n) => !n.ref);
  return boundedHits(text, lists.ownMarkers).some((own) => nouns.some((n) => n.index >= own.index && /^[\p{L}\p{N}\s]*$/u.test(text.slice(own.index, n.index))));
}

export function analyzeForms(sop: Sop, lists: FormLists): FormAnalysis {
  const context = formContext(sop.forms, lists);
  const mentions: FormMention[] = [];
  for (const step of sop.steps) {
    step.forms.forEach((entry, i) => mentions.push(entryMention(step.id, entry, i, context)));
    const unquotedUnlisted = step.kind !== 'start' || ownStart(sop, step, lists);
    const field = { text: step.text, stepId: step.id, path: ['text'], guidance: false, unquotedUnlisted, document: step.kind === 'document' };
    mentions.push(...fieldMentions(field, context));
  }
  for (const item of sop.guidance) {
    mentions.push(...fieldMentions({ text: item.text, path: item.textPath, guidance: true, unquotedUnlisted: true, document: false }, context));
  }
  resolveTemplates(mentions);
  relateNames(mentions, context.forms, context.nameWords);
  return { forms: context.forms, mentions, used: usedForms(mentions) };
}

/** The SOP's form names and what they refer to: `context.analysis.get(formAnalysis)`. */
export const formAnalysis = sopAnalysis('form analysis', ({ sop }, analyses) => analyzeForms(sop, analyses.get(formLists)));
