// Which findings reproduce a seed note or an `extra` case (see seed-review.test.ts for the
// reading): shared by the recall check and by the count of unrequested findings, so that a finding
// is "covered" exactly when it is what makes a note or case count as found.

import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { FileResult, Finding } from '../../src/engine/types.js';
import type { Verdict } from '../real/score.js';

export interface ExpectedNote {
  note: number;
  rules: string[];
  steps: string[] | null;
}
export interface ExtraCase {
  rule: string;
  expect: 'fire' | 'silent';
  steps: string[];
  where: string;
  /** Only findings whose message contains this text count (e.g. one URL among several). */
  text?: string;
}
export interface ExpectedFile {
  title: string;
  notes: ExpectedNote[];
  extra?: ExtraCase[];
  /** Verdicts on the findings no note or `fire` case covers, written after the tool ran (test/fixtures/real/README.md). */
  afterRun?: Verdict[];
}

// Rules whose subject is the SOP as a whole, not a step: a note the reviewer happened to write
// beside a step (「四、使用表格之表單內容未於流程圖中出現」, 「策略績效衡量指標…」) is reproduced by
// the finding on the SOP's list or key.
const SOP_LEVEL_RULES = new Set(['form-unused', 'kpi-link', 'contact']);

/** Tags that, on a box, are the outcomes half of the one decision-shape finding (see the test's header). */
const OUTCOME_RULES = new Set(['decision-branches', 'approval-outcomes']);
/** decision-shape's messages on a box: each asks for the diamond and for its outcomes. */
const BOX_MESSAGES = new Set(['approvalAsProcess', 'judgmentAsProcess', 'questionAsProcess', 'conditionsAfterProcess', 'conditionInProcess']);

/**
 * A tag the linter reports through another rule, by design one finding for one defect: a form
 * named in the chart but not as the forms list names it is reported once, by form-name ("did
 * you mean …?"), not also as unlisted (docs/rules/form-unlisted.md).
 */
const REPORTED_AS: Record<string, string> = { 'form-unlisted': 'form-name' };

/** Whether every step of a note is a process box (the defect is the box, not a diamond's branches). */
function onBoxes(result: FileResult, steps: string[]): boolean {
  return steps.length > 0 && steps.every((id) => result.sop?.stepById.get(id)?.kind === 'process');
}

/** The one decision-shape finding on a box, which reproduces the note's outcome tag there. */
function asOneFinding(result: FileResult, steps: string[]): Finding[] {
  return result.findings.filter((f) => f.ruleId === 'decision-shape' && BOX_MESSAGES.has(f.messageId) && f.stepId !== undefined && steps.includes(f.stepId));
}

/**
 * The lines of the guidance items and forms entries that carry a note's mark (`notes: [3]`): the
 * reviewer marked the note there too, so a finding on one of them is on the note's place when it
 * speaks of what the note speaks of (see `aboutNote`).
 */
const parsed = new Map<string, { doc: ReturnType<typeof parseDocument>; lines: LineCounter }>();

function markedLines(result: FileResult, note: number | undefined): Array<[number, number]> {
  const sop = result.sop;
  if (note === undefined || !sop) return [];
  let file = parsed.get(result.filePath);
  if (!file) {
    const lines = new LineCounter();
    file = { doc: parseDocument(readFileSync(result.filePath, 'utf8'), { lineCounter: lines }), lines };
    parsed.set(result.filePath, file);
  }
  const { doc, lines } = file;
  const marked = [...sop.guidance.map((g) => ({ notes: g.notes, path: g.path })), ...sop.forms.map((f) => ({ notes: f.notes, path: f.path }))];
  return marked
    .filter((m) => m.notes.includes(String(note)))
    .map((m) => (doc.getIn(m.path, true) as { range: [number, number, number] }).range)
    .map((range) => [lines.linePos(range[0]).line, lines.linePos(range[1]).line]);
}

/** Whether a finding quotes a name (「…」) that the note's own text names: the same defect, not another one at that place. */
function aboutNote(result: FileResult, message: string, note: number): boolean {
  const noteText = result.sop?.notes.get(String(note)) ?? '';
  return [...message.matchAll(/「([^」]+)」/gu)].some((m) => noteText.includes(m[1]!));
}

/** The findings of `rule` that reproduce a tag or case on `steps` (any of them makes it found). */
export function hitsOf(result: FileResult, rule: string, steps: string[], text?: string, note?: number): Finding[] {
  const hits = result.findings.filter((f) => f.ruleId === rule && (text === undefined || f.message.includes(text)));
  if (steps.length === 0 || SOP_LEVEL_RULES.has(rule)) return hits;
  const places = hits.some((f) => f.stepId === undefined) ? markedLines(result, note) : [];
  return hits.filter((f) => (f.stepId !== undefined && steps.includes(f.stepId)) || (f.stepId === undefined && places.some(([a, b]) => f.line >= a && f.line <= b) && aboutNote(result, f.message, note!)));
}

export interface TagMatch {
  hits: Finding[];
  /** An outcome tag on a box, reproduced by its one decision-shape finding. */
  asOneFinding: boolean;
  /** A tag reproduced by the rule that reports its defect (REPORTED_AS). */
  asOther: boolean;
}

/** The findings that reproduce one rule tag of a note. */
export function matchTag(result: FileResult, rule: string, note: ExpectedNote): TagMatch {
  const steps = note.steps ?? [];
  if (OUTCOME_RULES.has(rule) && onBoxes(result, steps)) return { hits: asOneFinding(result, steps), asOneFinding: true, asOther: false };
  const own = hitsOf(result, rule, steps, undefined, note.note);
  const other = REPORTED_AS[rule];
  if (own.length > 0 || other === undefined || steps.length === 0) return { hits: own, asOneFinding: false, asOther: false };
  const asOther = hitsOf(result, other, steps, undefined, note.note);
  return { hits: asOther, asOneFinding: false, asOther: asOther.length > 0 };
}

/** Every finding a note's rule tag or an `extra: fire` case reproduces: the rest are unrequested. */
export function covered(result: FileResult, expected: ExpectedFile, ruleIds: Set<string>): Set<Finding> {
  const used = new Set<Finding>();
  for (const note of expected.notes) {
    for (const rule of note.rules.filter((r) => ruleIds.has(r))) matchTag(result, rule, note).hits.forEach((f) => used.add(f));
  }
  for (const extra of expected.extra ?? []) {
    if (extra.expect === 'fire') hitsOf(result, extra.rule, extra.steps, extra.text).forEach((f) => used.add(f));
  }
  return used;
}
