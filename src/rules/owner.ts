// owner: every working step says who does it: an `owner`, or a unit or role that the label names
// as its doer (企劃處…, 業務單位…, 首長…, 由一層…, 上班時間病患…; analysis/steps/actors.ts). Start,
// end and document steps are exempt by default: a terminal is an event and a document symbol is a
// paper, not a task. A box that only states an outcome of the judgment box before it (證件齊全 /
// 證件不齊: a branch label drawn as a box; analysis/steps/outcome-boxes.ts) has no doer; a folded
// question there (通過或不通過) still asks who decides. Nor has a box that names a thing rather
// than a task (a reference consulted, a heading, a copy of a form drawn again, an annotation:
// 縣市綜合發展計畫實施要點, 備份策略; analysis/steps/thing-boxes.ts).

import type { NodePath } from '../loader/source-map.js';
import type { Report, Rule, WordLists } from '../engine/types.js';
import { previousSteps } from '../model/graph.js';
import type { Sop, Step, StepKind } from '../model/types.js';
import { startsWithWord } from '../analysis/steps/outcomes.js';
import { actorIn, actorInClauses, actorLists, unitStems, type ActorLists } from '../analysis/steps/actors.js';
import { findWords } from '../analysis/text/word-match.js';
import { isWholeListWord } from '../analysis/text/bounded-words.js';
import { outcomeBoxes } from '../analysis/steps/outcome-boxes.js';
import { thingBoxes } from '../analysis/steps/thing-boxes.js';

const DEFAULT_KINDS: StepKind[] = ['process', 'decision', 'subprocess', 'data'];

/**
 * Where one task ends and another begins: ；, or ; before Chinese. In English a ; separates the
 * items of one sentence (They will: listen…; set expectations…), which share its subject.
 */
const isTaskBreak = (text: string, i: number): boolean => text[i] === '；' || (text[i] === ';' && /^\s*\p{Script=Han}/u.test(text.slice(i + 1, i + 8)));
const OPENERS = '(（【「『[';
const CLOSERS = ')）】」』]';

/**
 * The tasks of a label: split at a task break outside brackets (聯絡清潔專線（白班：2235；小夜班：#68919）
 * is one task), unless what follows opens with a word of alternative (…逾十五日；或無法通知者，…由拾得人
 *取得: two conditions of one sentence, not two tasks).
 */
function tasksOf(text: string, alternatives: readonly string[]): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isTaskBreak(text, i) && !startsWithWord(text.slice(i + 1), alternatives)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Where a clause ends: a comma (not one inside a number: $25,000), a full stop, a colon after a heading. */
const CLAUSE_BREAK = /[，。：:]|,(?!\d{3})/;

/** Qualified units a text names (申請單位, 受理單位). */
function qualifiedIn(text: string, qualifiers: readonly string[]): string[] {
  if (qualifiers.length === 0) return [];
  return findWords(text, qualifiers)
    .filter((hit) => text.startsWith('單位', hit.index + hit.word.length))
    .map((hit) => `${hit.word}單位`);
}

/** Every qualified unit of the SOP, and the one named last before step `index` (or first after). */
function qualifiedUnits(sop: Sop, index: number, qualifiers: readonly string[]): { all: string[]; nearest?: string } {
  const perStep = sop.steps.map((step) => [step.text, step.owner ?? '', ...step.support].flatMap((t) => qualifiedIn(t, qualifiers)));
  const all = [...new Set(perStep.flat())];
  let nearest: string | undefined;
  for (let i = index - 1; i >= 0 && !nearest; i--) nearest = perStep[i]!.at(-1);
  for (let i = index + 1; i < perStep.length && !nearest; i++) nearest = perStep[i]![0];
  return { all, nearest };
}

/** `ambiguousOwner` when the SOP has two or more units of its own for a bare role to belong to. */
function* ambiguity(sop: Sop, index: number, role: string, stepId: string, path: NodePath, qualifiers: readonly string[]): Iterable<Report> {
  const { all, nearest } = qualifiedUnits(sop, index, qualifiers);
  if (all.length < 2) return;
  yield {
    messageId: 'ambiguousOwner',
    data: { role, units: all.map((u) => `「${u}」`).join('、'), example: `${nearest ?? all[0]}${role.replace(/^單位/, '')}` },
    stepId,
    path,
  };
}

/** The actor a step names, in its owner field or its label. */
function namedActor(step: Step, units: readonly string[], lists: ActorLists): string | undefined {
  return step.owner ?? actorInClauses(step.text.split(CLAUSE_BREAK), units, lists);
}

/**
 * The actor of the sentence a label continues: a label that opens with a word of sequence (再,
 * 接著; then) goes on with the step before it, its only way in, and shares its subject
 * (承辦初審人員應先核對申請人之身份 → 再依其提出之證明文件…代為填寫: the clerk fills in).
 */
function continuedActor(sop: Sop, step: Step, units: readonly string[], lists: ActorLists, words: WordLists, seen = new Set<Step>()): string | undefined {
  const text = step.text.trim().replace(/^[\s(（]*\d*[)）.、．]?\s*/u, '');
  if (!startsWithWord(text, words.unitsContinuationStarts) || seen.has(step)) return undefined;
  seen.add(step);
  const before = previousSteps(sop, step);
  if (before.length !== 1) return undefined;
  return namedActor(before[0]!, units, lists) ?? continuedActor(sop, before[0]!, units, lists, words, seen);
}

/**
 * The actor a start symbol names and nothing more (校內單位：各借用單位 → 填寫申請表; 申請人 → 填寫申請書):
 * a chart that opens on who begins draws that one's first task next, the step whose only way in
 * is the start. A start that says an event (受理申請) names no one to go on with.
 */
function starterActor(sop: Sop, step: Step, units: readonly string[], lists: ActorLists, words: WordLists): string | undefined {
  const before = previousSteps(sop, step);
  if (before.length !== 1 || before[0]!.kind !== 'start') return undefined;
  const clause = before[0]!.text.split(CLAUSE_BREAK).at(-1)!.trim();
  const actor = actorIn(clause, units, lists);
  if (!actor || !clause.endsWith(actor)) return undefined;
  const lead = clause.slice(0, clause.length - actor.length).trim();
  return lead === '' || isWholeListWord(lead, lists.leadIns) ? actor : undefined;
}

export const owner: Rule = {
  meta: {
    id: 'owner',
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '每個工作步驟都要寫明由誰負責：owner 欄位，或文字開頭的單位或角色。',
        en: 'Every working step says who does it: an owner, or a unit or role at the start of its text.',
      },
      page: 'docs/rules/owner.md',
    },
    messages: {
      noOwner: {
        'zh-TW': '步驟「{text}」由誰負責？請加上 owner（主辦單位或角色），或在文字開頭寫出單位',
        en: 'Who does step "{text}"? Add an owner (the unit or role), or name it at the start of the text',
      },
      partialOwner: {
        'zh-TW': '步驟中的「{part}」由誰負責？請寫出單位或角色，或拆成另一個步驟並加上 owner',
        en: 'Who does "{part}" in this step? Name the unit or role, or make it a step of its own with an owner',
      },
      ambiguousOwner: {
        'zh-TW': '「{role}」是哪一個單位的？本流程有{units}：請寫明，例如「{example}」',
        en: 'Which unit\'s "{role}" is this? This SOP has {units}: say which, e.g. "{example}"',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        kinds: {
          type: 'array',
          items: { enum: ['start', 'end', 'process', 'decision', 'document', 'subprocess', 'data'] },
          description: '要檢查的步驟種類。Step kinds to check.',
        },
      },
    },
    defaultOptions: { kinds: DEFAULT_KINDS },
  },
  *check(sop, context): Iterable<Report> {
    const kinds = new Set((context.options.kinds as StepKind[] | undefined) ?? DEFAULT_KINDS);
    const lists = context.analysis.get(actorLists);
    // The config's units, and the SOP's own units written short (事務 for the 事務組 of another label).
    const named = sop.steps.map((step) => namedActor(step, context.settings.units, lists));
    const units = [...context.settings.units, ...unitStems(named.filter((a): a is string => a !== undefined), context.words.unitsQualifiers)];
    const ambiguousRoles = context.words.unitsAmbiguousRoles;
    const qualifiers = context.words.unitsQualifiers;
    const outcomes = context.analysis.get(outcomeBoxes);
    const things = context.analysis.get(thingBoxes);
    const words = context.words;
    for (const step of sop.steps) {
      if (!kinds.has(step.kind) || outcomes.get(step) === 'state' || things.has(step)) continue;
      if (step.owner) {
        // An owner field that is a bare 單位主管 is as ambiguous as the label.
        if (ambiguousRoles.includes(step.owner.trim())) yield* ambiguity(sop, step.index, step.owner.trim(), step.id, ['owner'], qualifiers);
        continue;
      }
      const parts = tasksOf(step.text, words.unitsAlternativeStarts);
      const actors: Array<string | undefined> = parts.map((part) => actorInClauses(part.split(CLAUSE_BREAK), units, lists));
      if (!actors.some((a) => a !== undefined)) actors[0] = continuedActor(sop, step, units, lists, words) ?? starterActor(sop, step, units, lists, words);
      const found = actors.filter((a): a is string => a !== undefined);
      if (found.length === 0) {
        yield { messageId: 'noOwner', data: { text: step.text }, stepId: step.id, path: ['text'] };
        continue;
      }
      const missing = parts.find((_, i) => actors[i] === undefined);
      if (missing) {
        yield { messageId: 'partialOwner', data: { part: missing }, stepId: step.id, path: ['text'] };
        continue;
      }
      const bare = found.find((a) => ambiguousRoles.includes(a));
      if (bare) yield* ambiguity(sop, step.index, bare, step.id, ['text'], qualifiers);
    }
  },
};
