// owner: every working step says who does it: an `owner`, or a unit or role at the start of its
// label (企劃處…, 業務單位…, 首長…, 由一層…). Start, end and document steps are exempt by default:
// a terminal is an event and a document symbol is a paper, not a task.

import type { NodePath } from '../loader/source-map.js';
import type { Report, Rule } from '../engine/types.js';
import type { Sop, StepKind } from '../model/types.js';
import { listsAnalysis } from '../analysis/memo.js';
import { findWords, wordAt, type WordHit } from '../analysis/text/word-match.js';

const DEFAULT_KINDS: StepKind[] = ['process', 'decision', 'subprocess', 'data'];

interface Lists {
  leadIns: readonly string[];
  named: readonly string[];
  suffixes: readonly string[];
  notUnits: readonly string[];
  notActors: readonly string[];
}

const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

function at(text: string, words: readonly string[], index = 0): WordHit | undefined {
  if (words.length === 0) return undefined;
  const hit = wordAt(text, words, index);
  if (!hit) return undefined;
  // A Latin word must end at a word boundary (Unit, not United).
  return isLatin(hit.word[hit.word.length - 1]) && isLatin(text[index + hit.word.length]) ? undefined : hit;
}

/** The unit or role a clause starts with, if any. */
export function actorAt(clause: string, units: readonly string[], lists: Lists): string | undefined {
  let text = clause.trim().replace(/^(?:[(（]?[一二三四五六七八九十\d]+[)）.、．]\s*)/, '');
  for (let round = 0; round < 4; round++) {
    const unit = units.find((u) => u.length > 0 && text.startsWith(u));
    if (unit) return unit;
    const named = at(text, lists.named);
    if (named) return named.word;
    const lead = at(text, lists.leadIns);
    if (!lead || lead.word.length >= text.length) break;
    text = text.slice(lead.word.length).trimStart();
  }
  if (at(text, lists.notActors)) return undefined;
  if (isLatin(text[0])) {
    // English: up to four capitalised words, then a unit or role noun (Planning Department …).
    const words = text.split(/\s+/).slice(0, 5);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!.replace(/[^A-Za-z-]/g, '');
      if (lists.suffixes.some((s) => s.toLowerCase() === word.toLowerCase())) return words.slice(0, i + 1).join(' ');
      if (!/^[A-Z]/.test(word)) return undefined;
    }
    return undefined;
  }
  // Chinese: a short run of characters ending in a unit noun (計畫主辦單位, 資訊安全處理小組).
  const head = text.slice(0, 10);
  const excluded = findWords(head, lists.notUnits);
  for (const hit of findWords(head, lists.suffixes)) {
    if (hit.index > 6) break;
    if (hit.index === 0 && hit.word.length < 2) continue;
    if (!/^[\p{Script=Han}A-Za-z0-9]*$/u.test(head.slice(0, hit.index))) break;
    if (excluded.some((x) => x.index <= hit.index + hit.word.length - 1 && hit.index < x.index + x.word.length)) continue;
    return head.slice(0, hit.index + hit.word.length);
  }
  return undefined;
}

/** The lists of actorAt, gathered once per config. */
const ownerLists = listsAnalysis('owner lists', ({ words }): Lists => ({
  leadIns: words.unitsLeadIns,
  named: [...words.unitsRoles, ...words.unitsOutsideBodies],
  suffixes: words.unitsSuffixes,
  notUnits: words.unitsNotUnits,
  notActors: words.unitsNotActorStarts,
}));

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
    const lists = context.analysis.get(ownerLists);
    const units = context.settings.units;
    const ambiguousRoles = context.words.unitsAmbiguousRoles;
    const qualifiers = context.words.unitsQualifiers;
    for (const step of sop.steps) {
      if (!kinds.has(step.kind)) continue;
      if (step.owner) {
        // An owner field that is a bare 單位主管 is as ambiguous as the label.
        if (ambiguousRoles.includes(step.owner.trim())) yield* ambiguity(sop, step.index, step.owner.trim(), step.id, ['owner'], qualifiers);
        continue;
      }
      const parts = step.text.split(/[；;]/).map((p) => p.trim()).filter((p) => p.length > 0);
      const actors = parts.map((part) => {
        for (const clause of part.split(/[，,。]/)) {
          const actor = actorAt(clause, units, lists);
          if (actor) return actor;
        }
        return undefined;
      });
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
