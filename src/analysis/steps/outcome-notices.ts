// Steps that tell the person a case is for its outcome (deadline's noDeadline, where a reviewer
// asks 「完成期限為何？」). Read from the grammar of each language's data (deadline.json):
// - a verb of telling or handing back (deadlineTellVerbs: 通知, 函覆, 歸還; notify, reply, provide)
//   joined to the person the case is for (deadlineAddressees: 申請人, 陳情人, 當事人; applicant,
//   Requestor, originator) by one of deadlineTellPatterns, in which {tell} and {addressee} stand
//   for the two lists (函覆申訴人, 向民眾回覆說明; notifies the Requestor, the originator will be
//   provided with…);
// - or a verb of telling that names no recipient at all in a step that leads only to the end: at
//   the close of a case, who is told is the applicant. The verb opens its clause (after its
//   actor, if any) and what follows is nothing or the outcome (deadlineOutcomeWords: 回覆;
//   通知(不)受理遷徙登記; not 續辦線上回覆, where it is the object of another verb). A unit or role
//   after it, or a recipient marker (deadlineRecipientMarkers: 給, 予; to), tells someone else;
// - what is told is not a request or an interim answer (deadlineNotOutcome: 補正, 展期, 進度), and
//   it is not told on the spot (deadlineImmediate: 當面, 當場; immediately): no limit to ask for;
// - it is the last such step on its way: an acknowledgement, or an interim reply, followed by the
//   final reply is one case with one outcome (the final one is reported).
// A case-level time limit (`caseLimitStated`) is a limit in days or weeks in the same sentence as
// a whole-case word (辦結, 結案; case, closed) or a verb of telling (於五個工作天內向民眾回覆; within
// five (5) business days … shall respond): a limit for one visit (於3日內派員實地查訪) is not one.

import type { WordLists } from '../../engine/types.js';
import type { Sop, Step } from '../../model/types.js';
import { nextSteps, reachableFrom } from '../../model/graph.js';
import { listsAnalysis } from '../memo.js';
import { compileWords, firstWord } from '../text/word-match.js';
import { boundedHits } from '../text/bounded-words.js';
import { isWholeWords } from '../text/segment.js';
import { actorIn, actorLists, type ActorLists } from './actors.js';

export interface NoticeGrammar {
  tell: readonly string[];
  /** deadlineTellPatterns with {tell} and {addressee} filled in. */
  addressed: readonly string[];
  /**
   * For each entry of `addressed`, the lists of the slots it cannot match without (see
   * `requiredSlots`): a clause in which, for every entry, one of these lists has no hit at all
   * cannot hold an `addressed` hit, and the long filled-in pattern need not run on it.
   */
  addressedNeeds: readonly (readonly (readonly string[])[])[];
  addressees: readonly string[];
  notOutcome: readonly string[];
  immediate: readonly string[];
  outcomeWords: readonly string[];
  recipientMarkers: readonly string[];
  wholeCase: readonly string[];
  /** deadlineDaysWithin and deadlinePeriodsWithin: a time limit being set. */
  within: readonly string[];
  actors: ActorLists;
}

/** A `/regex/` entry with each {name} replaced by the alternation of that list; undefined when a list is empty. */
function fillPattern(entry: string, slots: Readonly<Record<string, readonly string[]>>): string | undefined {
  if (!(entry.length > 2 && entry.startsWith('/') && entry.endsWith('/'))) return entry;
  let missing = false;
  const body = entry.slice(1, -1).replace(/\{([a-z]+)\}/g, (_, name: string) => {
    const regex = slots[name] ? compileWords(slots[name]!) : null;
    if (!regex) missing = true;
    return regex ? `(?:${regex.source})` : '';
  });
  return missing ? undefined : `/${body}/`;
}

/**
 * The slots ({name}) of a `/regex/` entry that every match of it contains: those outside any group,
 * not made optional or repeated by a quantifier after them, in a pattern with no top-level `|`.
 * Filled in as `(?:list)`, such a slot matches there as the list's own pattern would in the same
 * text (same flags, same surroundings for its look-arounds), so a text without a hit of that list
 * has no match of the entry. A literal entry, or one whose slots are all optional, needs none.
 */
export function requiredSlots(entry: string): string[] {
  if (!(entry.length > 2 && entry.startsWith('/') && entry.endsWith('/'))) return [];
  const body = entry.slice(1, -1);
  const found: string[] = [];
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') i++;
    else if (c === '[') for (i++; i < body.length && body[i] !== ']'; i++) i += body[i] === '\\' ? 1 : 0;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return [];
    else if (c === '{' && depth === 0) {
      const slot = /^\{([a-z]+)\}/.exec(body.slice(i));
      if (slot && !/[?*{]/.test(body[i + slot[0].length] ?? '')) found.push(slot[1]!);
    }
  }
  return found;
}

function noticeGrammarOf(words: WordLists, actors: ActorLists): NoticeGrammar {
  const slots: Readonly<Record<string, readonly string[]>> = { tell: words.deadlineTellVerbs, addressee: words.deadlineAddressees };
  const patterns = words.deadlineTellPatterns.filter((p) => fillPattern(p, slots) !== undefined);
  return {
    tell: words.deadlineTellVerbs,
    addressed: patterns.map((p) => fillPattern(p, slots)!),
    addressedNeeds: patterns.map((p) => requiredSlots(p).map((name) => slots[name]!)),
    addressees: words.deadlineAddressees,
    notOutcome: words.deadlineNotOutcome,
    immediate: words.deadlineImmediate,
    outcomeWords: words.deadlineOutcomeWords,
    recipientMarkers: words.deadlineRecipientMarkers,
    wholeCase: words.deadlineWholeCase,
    within: [...words.deadlineDaysWithin, ...words.deadlinePeriodsWithin],
    actors,
  };
}

export const noticeGrammar = listsAnalysis('outcome notice grammar', ({ words }, analyses): NoticeGrammar => noticeGrammarOf(words, analyses.get(actorLists)));

const SENTENCE = /[。；;\n]|\.\s/u;
const CLAUSE = /[，,。；;：:\n]|\.\s/u;
/** The outcome, when it is what a bare verb tells, starts within this many characters after it (通知(不)受理). */
const OUTCOME_REACH = 4;

function has(text: string, words: readonly string[]): boolean {
  return boundedHits(text, words).length > 0;
}

/** Whether a clause holds a hit of `addressed`; the filled-in pattern runs only where some entry's slots all have a hit. */
function addressedIn(clause: string, grammar: NoticeGrammar): boolean {
  const possible = grammar.addressedNeeds.some((lists) => lists.every((list) => firstWord(clause, list) !== undefined));
  return possible && has(clause, grammar.addressed);
}

/** Where a clause's own action starts: after its numbering and its actor (業務單位|回覆). */
function actionStart(clause: string, grammar: NoticeGrammar, units: readonly string[]): number {
  const lead = /^\s*(?:[(（]?[一二三四五六七八九十\d]+[)）.、．]\s*)?/u.exec(clause)![0].length;
  const actor = actorIn(clause.slice(lead), units, grammar.actors);
  const at = actor ? clause.indexOf(actor, lead) : -1;
  return at === lead ? lead + actor!.length : lead;
}

/** Whether a clause opens with a verb of telling that tells no one named, only the outcome (回覆; 通知(不)受理…). */
function tellsOnlyOutcome(clause: string, grammar: NoticeGrammar, units: readonly string[]): boolean {
  const start = actionStart(clause, grammar, units);
  const hit = boundedHits(clause, grammar.tell).find((h) => h.index === start);
  if (!hit) return false;
  const end = hit.index + hit.word.length;
  // A Chinese verb must be a word of its own (回覆 in 回覆申請人, not in 回覆單).
  if (!/[A-Za-z]/.test(hit.word) && !isWholeWords(clause, hit.index, end)) return false;
  const rest = clause.slice(end).trim();
  if (rest.length === 0) return true;
  if (has(rest, grammar.recipientMarkers) || actorIn(rest, units, grammar.actors)) return false;
  return boundedHits(rest, grammar.outcomeWords).some((h) => h.index <= OUTCOME_REACH);
}

/** Whether a step's text tells the addressee (or, at the close of a case, no one named) the outcome. */
function tellsOutcome(sop: Sop, step: Step, grammar: NoticeGrammar, units: readonly string[]): boolean {
  if (has(step.text, grammar.immediate)) return false;
  const clauses = step.text.split(CLAUSE);
  const telling = clauses.filter((c) => addressedIn(c, grammar));
  if (telling.length > 0) return telling.some((c) => !has(c, grammar.notOutcome));
  const next = nextSteps(sop, step);
  const closing = step.kind === 'end' || (next.length > 0 && next.every((s) => s.kind === 'end'));
  if (!closing || has(step.text, grammar.addressees)) return false;
  return clauses.some((c) => !has(c, grammar.notOutcome) && tellsOnlyOutcome(c, grammar, units));
}

/** The steps that tell the outcome of the case, each the last one on its way. */
export function outcomeNotices(sop: Sop, grammar: NoticeGrammar, units: readonly string[]): Step[] {
  const candidates = sop.steps.filter((s) => s.kind !== 'decision' && tellsOutcome(sop, s, grammar, units));
  const after = new Map(candidates.map((s) => [s, reachableFrom(sop, nextSteps(sop, s))] as const));
  return candidates.filter((s) => !candidates.some((o) => o !== s && after.get(s)!.has(o) && !after.get(o)!.has(s)));
}

/** Whether a text states a time limit for the whole case (see the header). */
export function caseLimitStated(text: string, grammar: NoticeGrammar): boolean {
  return text.split(SENTENCE).some((s) => has(s, grammar.within) && (has(s, grammar.wholeCase) || has(s, grammar.tell)));
}

/** Whether a step's own text sets a time limit (於五個工作天內回覆, 出院14天內回覆). */
export function limitStated(text: string, grammar: NoticeGrammar): boolean {
  return has(text, grammar.within);
}
