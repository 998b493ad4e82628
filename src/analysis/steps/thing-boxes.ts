// Boxes that name a thing, not a task. Charts draw more than work as boxes: a reference the flow
// consults (政府服務創新精進方案, 縣市綜合發展計畫實施要點, 申請計畫書格式), a heading or a legend
// (保固期間, 備份策略, （ISMS一階文件）政策文件) and the items under a heading (申請計畫書格式： →
// 1.計畫書, 2.摘要暨評審表), a copy of a form filled earlier drawn again where it goes (申請單(下聯)) or
// a blank form handed over (主管常用決行用語(空白表格)),
// an annotation saying what something is for (供日後加簽加密時認證比對用。), a feature of a system that
// runs all the time (系統持續進行期前.逾期案件催辦通知; thingStandingAdverbs after a subject ending in
// one of thingSystemNouns), a path through menus or folders (員工入口網→應用系統→四階文件→文件編號：…:
// where a form is kept), a precondition stated as done (新進員工已拿到…職名章: thingStateMarkers after
// the actor). Nobody does such a box
// and it takes no time: owner and standard-time stay silent on it. The defect is the drawing (a
// thing where a task should be), which no rule reports today: the reviewer's notes never asked
// for it, and a per-step rule asking who does a regulation would be the wrong question.
//
// Precision first: a label is read as a thing only when it is a bare noun phrase, and nothing
// else about the step says it is a task:
// - no `owner`, `time` or `schedule` (the author treats it as a task);
// - one clause (、 與 及 may join nouns), closing punctuation, a leading number or tag in brackets
//   and a closing bracket aside;
// - no verb at its start, after a unit that owns it (行政院所屬各機關…要點): none of the data's verb
//   lists (document, form, judgment, deadline, notice, interface and light verbs, thingTaskVerbs),
//   read as a word by the segmenter (備齊 新藥申請文件, 編製年度施政計畫, 人事室繕印教師聘書 are tasks);
// - and one of: its last word is a head of a reference, heading, period or strategy
//   (thingHeadNouns); a closing bracket names a part, copy or blank of a form (thingCopyMarkers); a
//   document symbol repeats the end of an earlier document symbol's name (…異動申請單 → 申請單);
//   it is a numbered item after a heading box that ends with a colon. An annotation is told by
//   its opener instead (thingAnnotationOpeners: 供, 以供; "for future reference").
// The word lists are data per language (data/words/<lang>/things.json).

import type { WordListName, WordLists } from '../../engine/types.js';
import { previousSteps } from '../../model/graph.js';
import type { Sop, Step } from '../../model/types.js';
import { sopAnalysis } from '../memo.js';
import { isWholeWords } from '../text/segment.js';
import { findWords, wordAt } from '../text/word-match.js';
import { wordList } from '../word-lists.js';
import { actorIn, actorLists, type ActorLists } from './actors.js';

export type ThingKind = 'reference' | 'item' | 'copy' | 'annotation' | 'standing' | 'path' | 'precondition';

/** Verb lists whose word at a label's start makes it a task. */
const VERB_LISTS: readonly WordListName[] = [
  'thingTaskVerbs',
  'documentVerbs',
  'formsProducingVerbs',
  'formsTrailingVerbs',
  'formsUiVerbs',
  'decisionJudgmentVerbs',
  'decisionReviewVerbs',
  'decisionApprovalVerbs',
  'deadlineActions',
  'deadlineTellVerbs',
  'grammarLightVerbs',
];

const CLAUSE_BREAK = /[，,；;。：:！!？?\n→]/u;
const LEADING_NUMBER = /^\s*[（(]?\d{1,2}[.．、)）]\s*/u;
const LEADING_TAG = /^\s*[（(【[][^）)】\]]*[）)】\]]\s*/u;
const CLOSING = /[\s。．.：:！!]+$/u;
const TRAILING_BRACKET = /\s*[（(]([^（()）]*)[）)]$/u;

/** A label taken apart: its core noun phrase, what a closing bracket says, and how it was written. */
interface Label {
  core: string;
  bracket?: string;
  numbered: boolean;
  colon: boolean;
}

function labelOf(text: string): Label {
  const trimmed = text.trim();
  const numbered = LEADING_NUMBER.test(trimmed);
  let core = trimmed.replace(LEADING_NUMBER, '').replace(LEADING_TAG, '');
  const colon = /[：:]\s*$/u.test(core);
  core = core.replace(CLOSING, '');
  const bracket = TRAILING_BRACKET.exec(core);
  if (bracket && bracket.index > 0) core = core.slice(0, bracket.index);
  return { core: core.trim(), bracket: bracket?.[1]?.trim(), numbered, colon };
}

/** Each step's label taken apart, once per SOP (a document box is compared with every earlier one). */
type Labels = (step: Step) => Label;

function labelsOf(): Labels {
  const labels = new Map<Step, Label>();
  return (step) => {
    let label = labels.get(step);
    if (!label) labels.set(step, (label = labelOf(step.text)));
    return label;
  };
}

/** Whether the whole text is one list word. */
const isListWord = (text: string, list: readonly string[]): boolean => findWords(text, list).some((hit) => hit.index === 0 && hit.word.length === text.length);

/**
 * Whether the text holds a verb of the lists, read as a word by the segmenter: anywhere when
 * `anywhere`, else at its start. A verb that modifies a name (修正規定: revised rules;
 * formsModifierVerbs) does not count inside the phrase.
 */
function hasListVerb(text: string, words: WordLists, anywhere: boolean): boolean {
  const modifiers = wordList(words, 'formsModifierVerbs');
  return VERB_LISTS.some((name) =>
    findWords(text, wordList(words, name)).some((hit) => {
      if (hit.index > 0 && (!anywhere || isListWord(hit.word, modifiers))) return false;
      return isWholeWords(text, hit.index, hit.index + hit.word.trimEnd().length);
    }),
  );
}

/**
 * Whether the core is a bare noun phrase: one clause, no verb at its start, nor (`strict`)
 * anywhere after a unit that opens it (行政院所屬各機關…要點 is the Yuan's rules; 企劃處3月底前清查…
 * is its task). A form marked as a copy or blank in brackets needs no more than the start
 * (主管常用決行用語(空白表格): 決行 names the phrases).
 */
function isNounPhrase(core: string, words: WordLists, lists: ActorLists, strict: boolean): boolean {
  if (core.length === 0 || CLAUSE_BREAK.test(core)) return false;
  const actor = actorIn(core, [], lists, false);
  const owned = actor !== undefined && core.startsWith(actor);
  const rest = owned ? core.slice(actor.length).trim() : core;
  return rest.length > 0 && !hasListVerb(rest, words, owned && strict);
}

/** Whether the core's last word is a list word, read as a word by the segmenter. */
function endsWithListWord(core: string, list: readonly string[]): boolean {
  return findWords(core, list).some((hit) => hit.index + hit.word.length === core.length && isWholeWords(core, hit.index, core.length));
}

/** Whether an earlier document symbol's name ends with this one's (資訊系統帳號…申請單 → 申請單): the same form drawn again. */
function repeatsEarlierDocument(sop: Sop, step: Step, core: string, labels: Labels): boolean {
  if (step.kind !== 'document' || core.length < 2) return false;
  return sop.steps.some((s) => s.index < step.index && s.kind === 'document' && s.text.trim().length > core.length && labels(s).core.endsWith(core));
}

/**
 * Whether the label's subject is a system that works all the time: its first clause opens with a
 * name ending in a system noun, with no verb before it, and a standing adverb follows right away
 * (系統持續進行…催辦通知; 公文簽核系統-個人工作儀表板隨時提醒…; "The system continuously sends…").
 */
function isStandingFeature(text: string, words: WordLists, lists: ActorLists): boolean {
  const label = text.trim();
  const stop = label.search(CLAUSE_BREAK);
  const clause = stop < 0 ? label : label.slice(0, stop);
  for (const adverb of findWords(clause, wordList(words, 'thingStandingAdverbs'))) {
    const before = clause.slice(0, adverb.index).trimEnd();
    const systemNouns = wordList(words, 'thingSystemNouns');
    const endsWithSystem = (name: string) => findWords(name, systemNouns).some((hit) => hit.index + hit.word.length === name.trimEnd().length);
    if (!endsWithSystem(before) || hasListVerb(before, words, false)) continue;
    // A person or unit before it is the subject (承辦人於系統隨時登錄): a task; the system itself may read as the actor.
    const actor = actorIn(before, [], lists);
    if (actor === undefined || endsWithSystem(actor)) return true;
  }
  return false;
}

/**
 * Whether the label states what is already the case when the flow starts (新進員工已拿到…職名章、並備妥
 * 自然人憑證; "The applicant has already obtained a certificate"): its actor at the start, then a
 * marker of the done state (thingStateMarkers). A question (單位登記桌已設定否？) asks instead.
 */
function isPrecondition(text: string, words: WordLists, lists: ActorLists): boolean {
  const label = text.trim();
  if (/[？?]/u.test(label) || !mayStateDone(label, wordList(words, 'thingStateMarkers'))) return false;
  const actor = actorIn(label, [], lists);
  const at = actor === undefined ? -1 : label.indexOf(actor);
  // The actor opens the label, after a determiner at most ("The applicant").
  if (at < 0 || !/^(?:\p{L}+\s+)?$/u.test(label.slice(0, at))) return false;
  const rest = label.slice(at + actor!.length).trimStart();
  return findWords(rest, wordList(words, 'thingStateMarkers')).some((hit) => hit.index === 0 && isWholeWords(rest, 0, hit.word.length));
}

/**
 * Whether a state marker starts some part of the label: the part after the actor is one of them,
 * so a label where none does is no precondition, and its actor need not be read (most labels).
 * Each part is read as its own text, as isPrecondition reads the rest after the actor (an entry
 * anchored with ^ matches at its start).
 */
function mayStateDone(label: string, markers: readonly string[]): boolean {
  for (let at = 0; at < label.length; at++) if (wordAt(label.slice(at), markers) !== undefined) return true;
  return false;
}

const PATH_STEP = /\s*(?:→|->|＞|»|⇒)\s*/u;

/**
 * Whether the whole label is a path through menus or folders (員工入口網→應用系統[資訊安全專區]→四階文件
 * →文件編號：ISMS-4-D048; Intranet → Forms → IT): three or more places, none of them a person or
 * unit by its whole name (現場處理人員→衛生組長→學務主任→校長 is a chain of reporting) or opening with a
 * verb.
 */
function isNavigationPath(text: string, words: WordLists, lists: ActorLists): boolean {
  const places = text.trim().replace(CLOSING, '').split(PATH_STEP);
  if (places.length < 3) return false;
  return places.every((place, i) => {
    // The last place may carry its label (文件編號：ISMS-4-D048); no other clause break.
    const name = i === places.length - 1 ? place.split(/[：:]/u)[0]! : place;
    return name.length > 0 && !/[，,；;。：:]/u.test(name) && !hasListVerb(name, words, false) && actorIn(name, [], lists)?.trim() !== name.trim();
  });
}

/** What thing a step's label names, if it is a bare noun phrase (see the header). */
function thingKind(sop: Sop, step: Step, words: WordLists, lists: ActorLists, found: ReadonlyMap<Step, ThingKind>, labels: Labels): ThingKind | undefined {
  const label = labels(step);
  if (isStandingFeature(step.text, words, lists)) return 'standing';
  if (isNavigationPath(step.text, words, lists)) return 'path';
  if (isPrecondition(step.text, words, lists)) return 'precondition';
  if (findWords(step.text.trim(), wordList(words, 'thingAnnotationOpeners')).some((hit) => hit.index === 0 && isWholeWords(step.text.trim(), 0, hit.word.length))) {
    return actorIn(step.text, [], lists) === undefined ? 'annotation' : undefined;
  }
  // The cheap evidence first: what the label ends with, how it is numbered, where it is drawn.
  const marked = label.bracket !== undefined && isListWord(label.bracket, wordList(words, 'thingCopyMarkers'));
  const kind: ThingKind | undefined = marked
    ? 'copy'
    : endsWithListWord(label.core, wordList(words, 'thingHeadNouns'))
      ? 'reference'
      : repeatsEarlierDocument(sop, step, label.core, labels)
        ? 'copy'
        : label.numbered && isItemOfHeading(sop, step, found, labels)
          ? 'item'
          : undefined;
  return kind !== undefined && isNounPhrase(label.core, words, lists, !marked) ? kind : undefined;
}

/** Whether the step's only way in is a thing box ending with a colon (申請計畫書格式：) or another item of it. */
function isItemOfHeading(sop: Sop, step: Step, found: ReadonlyMap<Step, ThingKind>, labels: Labels): boolean {
  const before = previousSteps(sop, step);
  const heading = before.length === 1 ? before[0]! : undefined;
  return heading !== undefined && (found.get(heading) === 'item' || (found.has(heading) && labels(heading).colon));
}

/** The SOP's boxes that name a thing and what they name: `context.analysis.get(thingBoxes).get(step)`. */
export const thingBoxes = sopAnalysis('thing boxes', ({ sop, words }, analyses): ReadonlyMap<Step, ThingKind> => {
  const lists = analyses.get(actorLists);
  const out = new Map<Step, ThingKind>();
  const labels = labelsOf();
  for (const step of sop.steps) {
    if ((step.kind !== 'process' && step.kind !== 'document') || step.owner || step.time || step.timeText || step.schedule) continue;
    const kind = thingKind(sop, step, words, lists, out, labels);
    if (kind) out.set(step, kind);
  }
  return out;
});
