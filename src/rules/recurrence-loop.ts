// recurrence-loop: a recurring SOP must show its cycle. With `recurrence` set (monthly, weekly…)
// the chart needs a loop; the finding sits on the last steps before the end, where the flow
// should turn back (「除非是年度結束或結案，否則似乎皆應有後續流程，例如再回到按月提報進度」). A
// yearly SOP is one run a year that ends at the year's end; only work in it that repeats more
// often (每月查填) needs its loop.
// Without `recurrence`, a label that says 按月/每月/每週… on a step that is on no loop suggests
// setting it and drawing the loop. An explicit `recurrence: none` silences that suggestion, and
// so does a period word that says how cases arrive rather than that the SOP cycles (see
// caseTrigger).

import type { Report, Rule, RuleContext, WordListName, WordLists } from '../engine/types.js';
import { edgeTarget, entrySteps, hasCycle, nextSteps, reachableFrom } from '../model/graph.js';
import type { Recurrence, Sop, Step } from '../model/types.js';
import { listsAnalysis } from '../analysis/memo.js';
import { maskWords } from '../analysis/text/word-mask.js';
import { firstWord } from '../analysis/text/word-match.js';
import { judgmentBoxes } from '../analysis/steps/judgment-box.js';

const QUOTE_LENGTH = 20;

function quote(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : chars.join('');
}

/** Whether the step lies on a cycle: it reaches itself again through its ways on (asked of the few steps a finding is about, not of every step). */
function onCycle(sop: Sop, step: Step): boolean {
  return reachableFrom(sop, nextSteps(sop, step)).has(step);
}

/**
 * The last steps before the flow ends: the predecessors of `end` steps, or of the steps that
 * lead nowhere when the chart has no end. This is where a loop back would start.
 */
function closingSteps(sop: Sop): Step[] {
  const ends = new Set(sop.steps.filter((s) => s.kind === 'end'));
  const finals = ends.size > 0 ? ends : new Set(sop.steps.filter((s) => nextSteps(sop, s).length === 0));
  const closing = sop.steps.filter((s) => !finals.has(s) && nextSteps(sop, s).some((n) => finals.has(n)));
  // A one-step chart, or one whose only steps are finals: point at the finals themselves.
  return closing.length > 0 ? closing : [...finals];
}

const PERIOD_LISTS: ReadonlyArray<readonly [WordListName, Recurrence | undefined]> = [
  ['recurrenceDaily', 'daily'],
  ['recurrenceWeekly', 'weekly'],
  ['recurrenceMonthly', 'monthly'],
  ['recurrenceQuarterly', 'quarterly'],
  ['recurrencePeriodic', undefined],
];
const WITH_YEARLY = [...PERIOD_LISTS, ['recurrenceYearly', 'yearly'] as const];

/** Every period word in one list, for a quick first look at a label. */
const periodWords = listsAnalysis('period words', ({ words }): string[] => WITH_YEARLY.flatMap(([name]) => words[name]));

/** The first word in the text that says the work repeats, its period and where it stands (不定期, 規定期限… masked out). */
function recurrenceWord(text: string, words: WordLists, anyPeriod: readonly string[], yearly: boolean): { word: string; period?: Recurrence; index: number } | undefined {
  if (!firstWord(text, anyPeriod)) return undefined;
  const masked = maskWords(text, words.recurrenceExceptions);
  let best: { word: string; period?: Recurrence; index: number } | undefined;
  for (const [name, period] of yearly ? WITH_YEARLY : PERIOD_LISTS) {
    const hit = firstWord(masked, words[name]);
    if (hit && (!best || hit.index < best.index)) best = { word: hit.word, period, index: hit.index };
  }
  return best;
}

const CLAUSE_BREAK = /[，,。；;：:\n]/u;

/** The clause of the text that holds `index`. */
function clauseAt(text: string, index: number): string {
  let from = index;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = index;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to++;
  return text.slice(from, to);
}

/**
 * The steps of one intake chain of several, before the chains meet: reached from one start
 * only, in an SOP whose starts lead to a common working step (臨櫃 / 電話 / 意見箱 → 編碼紀錄).
 */
function intakeSteps(sop: Sop): Set<Step> {
  const starts = entrySteps(sop);
  if (starts.length < 2) return new Set();
  const reach = starts.map((s) => reachableFrom(sop, s));
  const count = (step: Step) => reach.filter((r) => r.has(step)).length;
  const joins = sop.steps.filter((s) => s.kind !== 'end' && count(s) >= 2);
  if (joins.length === 0) return new Set();
  const afterJoin = reachableFrom(sop, joins);
  return new Set(sop.steps.filter((s) => count(s) === 1 && !afterJoin.has(s)));
}

/**
 * Whether a period word says how cases arrive, not that the SOP cycles: it stands in a clause
 * that states the trigger of a case (每日當庫存量低於重申請點時: each order runs once), or on an
 * intake chain before the chains meet (由秘書定期查看意見箱: how often that channel is emptied;
 * each complaint found is one case).
 */
function caseTrigger(step: Step, text: string, index: number, intake: ReadonlySet<Step>, words: WordLists): boolean {
  return intake.has(step) || firstWord(clauseAt(text, index), words.recurrenceTriggerClauses) !== undefined;
}

/** A label that is nothing but the verb: 「修訂」「修正。」 */
const BARE_LABEL = 6;

/**
 * Revise steps that lead nowhere back: a step reached by a decision branch that says 修訂/修正
 * (by its label or the step's), or a box labelled with the verb alone, on no cycle and not
 * followed by a review of its own (補正 → 補正通過或不通過: a diamond, or a box that reads as a
 * judgment, which decision-shape reports).
 */
function* revisions(sop: Sop, words: WordLists, isReview: (step: Step) => boolean): Iterable<Report> {
  const revise = words.recurrenceRevise;
  if (revise.length === 0) return;
  const candidates = new Set<Step>();
  for (const step of sop.steps) {
    const bare = step.text.replace(/[\s。．.，,！!]/gu, '');
    if (Array.from(bare).length <= BARE_LABEL && firstWord(bare, revise)) candidates.add(step);
    if (step.kind !== 'decision') continue;
    for (const edge of step.successors) {
      const target = edgeTarget(sop, edge);
      if (target && (firstWord(edge.label ?? '', revise) || firstWord(target.text, revise))) candidates.add(target);
    }
  }
  if (candidates.size === 0) return;
  for (const step of sop.steps) {
    if (candidates.has(step) && !onCycle(sop, step) && !nextSteps(sop, step).some(isReview)) {
      yield { messageId: 'reviseNoReturn', data: { text: quote(step.text) }, stepId: step.id, path: step.next ? ['next'] : ['text'] };
    }
  }
}

export const recurrenceLoop: Rule = {
  meta: {
    id: 'recurrence-loop',
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '定期重複的作業，流程圖須畫出循環；步驟寫有「按月」「每週」等，應設定 recurrence 並畫出循環。',
        en: 'A recurring SOP shows its cycle; a step that says "monthly", "weekly"… suggests setting recurrence and drawing the loop.',
      },
      page: 'docs/rules/recurrence-loop.md',
    },
    messages: {
      noLoop: {
        'zh-TW': '本作業設定為定期重複（recurrence: {recurrence}），但流程圖沒有循環：請從「{text}」畫回每期重複的步驟（年度結束或結案時才結束）',
        en: 'The SOP recurs (recurrence: {recurrence}) but the chart has no loop: draw the flow from "{text}" back to the step that repeats each period (ending only when the year or the case ends)',
      },
      innerLoop: {
        'zh-TW': '本作業每年一輪，但步驟「{text}」寫有「{word}」，流程圖卻沒有畫出重複：請畫出回到此步驟的循環（每期重複至年度結束）',
        en: 'The SOP runs once a year, but step "{text}" says "{word}" and the chart shows no repetition: draw the loop back to it (repeating each period until the year ends)',
      },
      reviseNoReturn: {
        'zh-TW': '「{text}」之後沒有回到審核或核定的步驟：修訂後應再送核閱、核定，請畫出回到審核步驟的循環',
        en: '"{text}" does not lead back to a review or approval: a revision goes back for review, so draw the loop back to it',
      },
      suggestRecurrence: {
        'zh-TW': '步驟「{text}」寫有「{word}」，但流程圖沒有畫出重複：若整個作業定期進行，請設定 recurrence: {recurrence} 並畫出循環；若只有此步驟重複（例如至計畫完成為止），請畫出回到此步驟的迴圈',
        en: 'Step "{text}" says "{word}" but the chart shows no repetition: if the whole SOP repeats, set recurrence: {recurrence} and draw the loop; if only this step repeats (e.g. until the plan is done), draw a loop back to it',
      },
    },
    optionsSchema: {
      type: 'object',
      properties: {
        yearly: { type: 'boolean', description: '「每年」「逐年」也視為重複的訊號 / Treat 每年, "every year"… as a sign of repetition too' },
      },
      additionalProperties: false,
    },
    defaultOptions: { yearly: false },
  },
  *check(sop, context): Iterable<Report> {
    if (sop.steps.length === 0) return;
    const boxes = context.analysis.get(judgmentBoxes);
    yield* revisions(sop, context.words, (step) => step.kind === 'decision' || boxes.has(step));
    if (sop.recurrence !== 'none') {
      if (hasCycle(sop)) return;
      if (sop.recurrence !== 'yearly') {
        for (const step of closingSteps(sop)) {
          yield { messageId: 'noLoop', data: { recurrence: sop.recurrence, text: quote(step.text) }, stepId: step.id, path: step.next ? ['next'] : ['text'] };
        }
        return;
      }
      // A yearly SOP is one run a year: its end is the year's end (年度列管 註8: 「除非是年度結束或
      // 結案」). Work inside it that repeats more often (每月查填) still needs its loop.
      const inner = firstRepeatingStep(sop, context, false);
      if (inner) yield { messageId: 'innerLoop', data: { text: quote(inner.step.text), word: inner.hit.word }, stepId: inner.step.id, path: [inner.field] };
      return;
    }
    if (sop.recurrenceExplicit) return;
    const first = firstRepeatingStep(sop, context, context.options.yearly === true);
    if (!first) return;
    yield {
      messageId: 'suggestRecurrence',
      data: { text: quote(first.step.text), word: first.hit.word, recurrence: first.hit.period ?? 'monthly|weekly|…' },
      stepId: first.step.id,
      path: [first.field],
    };
  },
};

/** The first step whose label or schedule says it repeats (a period word), on no cycle and not a case trigger. */
function firstRepeatingStep(sop: Sop, context: RuleContext, yearly: boolean) {
  let intake: Set<Step> | undefined;
  for (const step of sop.steps) {
    for (const [field, text] of [['text', step.text], ['schedule', step.schedule]] as const) {
      if (!text) continue;
      const hit = recurrenceWord(text, context.words, context.analysis.get(periodWords), yearly);
      if (!hit) continue;
      intake ??= intakeSteps(sop);
      if (onCycle(sop, step) || caseTrigger(step, text, hit.index, intake, context.words)) break;
      return { step, field, hit };
    }
  }
  return undefined;
}
