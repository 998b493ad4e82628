// Which process boxes are judgments that should be decision diamonds: decision-shape reports
// them (once: its message asks for the outcomes too), and subprocess leaves the ones that judge
// in their own words to it (one step never gets two contradicting "draw it as…" findings). One
// analysis per SOP.
//
// Three kinds of evidence:
// - words: the label's own judgment word, read in its clause (judgments.ts);
// - the steps after it: two or more ways on, at least one of which opens with a condition
//   (如…, 若…, 未…者, 通過／不通過, if…, otherwise…): the box is the question they answer;
// - the ends after it: two or more of its ways on end the flow (Providing the record / Denying the
//   request): a case reaches one end only, so the ways are alternatives and the box chooses;
// - a condition in the label itself (如發現有擅自復工者，…; "If the request is unclear, …") on a box
//   in a straight line: only the "yes" path is drawn;
// - numbered ways in the label that exclude each other (1.當場回覆。 2.…無法當場回覆，…).

import type { WordLists } from '../../engine/types.js';
import { nextSteps, previousSteps } from '../../model/graph.js';
import type { Sop, Step } from '../../model/types.js';
import { sopAnalysis } from '../memo.js';
import { wordList } from '../word-lists.js';
import { foldedAlternatives, labelTokens as tokens, negationPair } from './alternatives.js';
import { type JudgmentHit } from './judgments.js';
import { LabelReadings, labelReadings } from './label-readings.js';
import { startsWithWord } from './outcomes.js';
import { asksAbout, conditionStatesOutcome, contestsOutcome, leadingCondition, opensWithNegatedCondition, sharesWords } from './conditions.js';
import { firstWord } from '../text/word-match.js';

export type JudgmentBox =
  /** The label's own judgment word. */
  | { by: 'word'; hit: JudgmentHit }
  /** The steps after it read as alternatives. */
  | { by: 'successors'; conditions: Step[] }
  /** Two or more of its ways on end the flow: alternatives, one of which each case takes. */
  | { by: 'ends'; ends: Step[] }
  /** The label states a condition and draws only the path where it holds. */
  | { by: 'condition'; condition: string }
  /** The label holds two numbered ways that exclude each other (1.當場回覆 / 2.…無法當場回覆). */
  | { by: 'alternatives'; alternatives: [string, string] };

/**
 * The following steps that read as alternatives, when the box has two or more ways on: those
 * that open with a condition (同意…, 10萬元以上者…, 如否…, if…, otherwise…) or with a negated
 * condition clause (未依…於期限內補正或補正仍不合規定者，…: conditions.ts), and those that say one
 * thing and its negation (查訪結果未居住該址 / 查訪結果確實居住該址).
 */
export function conditionSuccessors(sop: Sop, step: Step, words: WordLists): Step[] {
  const next = nextSteps(sop, step).filter((n) => n.kind !== 'decision');
  if (nextSteps(sop, step).length < 2) return [];
  const openers = wordList(words, 'decisionConditionOpeners');
  return next.filter((n) => startsWithWord(n.text, openers) || opensWithNegatedCondition(n.text, words) || next.some((m) => m !== n && negationPair(n.text, m.text, words)));
}

/**
 * The ends among the box's ways on, when two or more of them end the flow and the box is not
 * itself one way of a step with several ways on ("If approved then …" → accepted / appealed: the
 * outcomes of the judgment before it, and what the applicant does next): the box decides which.
 */
function endSuccessors(sop: Sop, step: Step): Step[] {
  const ends = nextSteps(sop, step).filter((n) => n.kind === 'end');
  if (ends.length < 2 || previousSteps(sop, step).some((s) => hasSeveralWaysOn(sop, s))) return [];
  return ends;
}

/** Whether the diamond's label asks what the box asks: most of its words are in the box's label. */
function asksSame(box: string, diamond: string): boolean {
  const asked = tokens(diamond);
  const inBox = tokens(box);
  let shared = 0;
  for (const token of asked) if (inBox.has(token)) shared++;
  return asked.size > 0 && shared * 2 >= asked.size;
}

/** Whether the only way on is a diamond asking what the box asks: the box is its caption. */
function captionsNext(sop: Sop, step: Step): boolean {
  const next = nextSteps(sop, step);
  return next.length === 1 && next[0]!.kind === 'decision' && asksSame(step.text, next[0]!.text);
}

/**
 * The judgment words that make the box a judgment: its own acts, not a word inside the document
 * it produces (評選結果簽核 is the sign-off memo: document-shape); a routed one (陳核, 送請核准,
 * "send … for approval") only when the next step does not give that ruling itself (陳閱 → 首長核定).
 */
function ownJudgments(sop: Sop, step: Step, read: LabelReadings): readonly JudgmentHit[] {
  const all = read.judgmentHits(step);
  if (all.length === 0) return all;
  const document = read.documentProduction(step);
  const hits = all.filter((h) => !document || h.index < document.start || h.index >= document.end);
  return hits.some((h) => h.routed) && rulingAhead(sop, step, read) ? hits.filter((h) => !h.routed) : hits;
}

/**
 * Whether the ruling a routed box asks for is drawn ahead: the next step gives it (陳閱 → 首長核定), or
 * the only next step, judging nothing and stating no condition, hands the case on (a
 * grammarDelegatingVerbs verb) to the one who gives it in the step after, named in both ("sent to
 * the Information Officer who will refer it to the Internal Reviewer" → "The Internal Reviewer …
 * will assess …").
 */
function rulingAhead(sop: Sop, step: Step, read: LabelReadings): boolean {
  const words = read.words;
  const rules = (s: Step) => read.approvalHit(s) !== undefined;
  const next = nextSteps(sop, step);
  if (next.some(rules)) return true;
  const only = next.length === 1 ? next[0]! : undefined;
  if (!only || only.kind !== 'process' || read.judgmentHits(only).length > 0 || read.leadingCondition(only) !== undefined) return false;
  if (!firstWord(only.text, wordList(words, 'grammarDelegatingVerbs'))) return false;
  return nextSteps(sop, only).some((ruling) => rules(ruling) && sharesWords(only.text, ruling.text, words));
}

/** Whether the step has several ways on: each step after it is one way of a judgment. */
function hasSeveralWaysOn(sop: Sop, step: Step): boolean {
  return nextSteps(sop, step).length >= 2;
}

/**
 * Whether the box is one way of a judgment drawn before it: a step with several ways on leads to
 * it (如否…, "If the request is incomplete…" after the check), or the step before it judges
 * and the box's condition answers that (如分析屬實 after 組長先分析內容是否確實…), or the step before
 * states a condition and this one asks whether what it does happened ("If we need to extend the
 * request" after "…, we can extend the request"). Shared words show it (asksAbout), not the words
 * that name the case.
 */
function answersEarlierJudgment(sop: Sop, step: Step, condition: string, read: LabelReadings): boolean {
  const words = read.words;
  const before = previousSteps(sop, step);
  if (before.some((s) => hasSeveralWaysOn(sop, s))) return true;
  // A party's own judgment of the outcome (not satisfied with …, 不服者) is a new question.
  if (contestsOutcome(condition, words)) return false;
  // Words most steps share name the case (申報 in a filing procedure), not a question.
  const ignored = () => read.caseWords();
  return before.some((s) => {
    const asked = read.leadingCondition(s);
    // A step whose condition is itself one way of a branching step judges nothing: what it does
    // (通知拾得人領取) is no judgment that a later condition (未領取者) answers.
    if (asked !== undefined) return !previousSteps(sop, s).some((p) => hasSeveralWaysOn(sop, p)) && asksAbout(condition, s.text.slice(s.text.indexOf(asked) + asked.length), words, ignored);
    // "If approved …" right after a box that asks for the approval states that judgment's outcome.
    return (s.kind === 'decision' || read.judgmentHits(s).length > 0) && (conditionStatesOutcome(condition, words) || asksAbout(condition, s.text, words, ignored, () => read.hanWords(s)));
  });
}

/**
 * Whether the box's judgment words state the outcome of a judgment drawn before it: the box is one
 * of several ways on from a step and opens with one outcome of that step's question, and another of
 * those ways opens with the other. The box opens either with a condition its sibling negates ("If
 * there are no concerns, Academic Council approves …" beside "If there are any concerns, …" after
 * the presentation "for discussion and approval") or with its judgment word as an outcome word,
 * beside a sibling that says no (核准繳交保證金 beside 未准者駁回 after 審查). The approval here is
 * the earlier question's "yes", reported once, there. A routed word (如同意，送處長核准) asks for a
 * ruling of its own and stays, as does a second judgment word after the outcome (核准後送校長核定).
 */
function statesOutcomeOfEarlier(sop: Sop, step: Step, hits: readonly JudgmentHit[], read: LabelReadings): boolean {
  const words = read.words;
  if (hits.some((h) => h.routed)) return false;
  const text = step.text.trimStart();
  const condition = text === step.text ? read.leadingCondition(step) : leadingCondition(text, words);
  const opensWithCondition = condition !== undefined && text.startsWith(condition) && hits.every((h) => h.index >= step.text.indexOf(condition) + condition.length);
  // Only the opening word is the earlier "yes": another judgment word after it (核准後送校長核定) is a ruling of its own.
  const opensWithOutcome = !opensWithCondition && hits.length === 1 && hits[0]!.index === step.text.length - text.length && conditionStatesOutcome(text, words);
  if (!opensWithCondition && !opensWithOutcome) return false;
  const otherOutcome = (sibling: Step): boolean => {
    if (opensWithOutcome) return opensWithNegatedCondition(sibling.text, words) || startsWithWord(sibling.text, wordList(words, 'decisionRejectOutcomes'));
    const other = read.leadingCondition(sibling);
    return other !== undefined && negationPair(condition!, other, words);
  };
  return previousSteps(sop, step).some((p) => hasSeveralWaysOn(sop, p) && nextSteps(sop, p).some((sibling) => sibling !== step && otherOutcome(sibling)));
}

/**
 * A process box that is a judgment (see the kinds above). Left to the other shape rules:
 * - a review that is a stage of a named procedure (資格標審查, 廠商評選: subprocess);
 * - a question box whose only way on is a diamond asking the same: it is that diamond's caption
 *   (該員工之單位登記桌是否已…設定公文角色？ before 單位登記桌已設定否？).
 */
export function classifyBox(sop: Sop, step: Step, words: WordLists, read = new LabelReadings(sop, words)): JudgmentBox | undefined {
  if (step.kind !== 'process') return undefined;
  const hits = ownJudgments(sop, step, read);
  if (hits.length > 0 && !statesOutcomeOfEarlier(sop, step, hits, read)) {
    const stageOfProcedure = hits.every((h) => h.kind === 'review') && read.procedureHit(step);
    const caption = hits.every((h) => h.kind === 'question') && captionsNext(sop, step);
    // An approval or review says which outcomes to draw (核可／駁回／修正): quote it before a question word.
    if (!stageOfProcedure && !caption) return { by: 'word', hit: hits.find((h) => h.kind === 'approval' || h.kind === 'review') ?? hits[0]! };
    return undefined;
  }
  const conditions = conditionSuccessors(sop, step, words);
  if (conditions.length > 0) return { by: 'successors', conditions };
  const ends = endSuccessors(sop, step);
  if (ends.length > 0) return { by: 'ends', ends };
  const alternatives = foldedAlternatives(step.text, words);
  if (alternatives) return { by: 'alternatives', alternatives };
  const condition = read.leadingCondition(step);
  if (condition === undefined || captionsNext(sop, step) || answersEarlierJudgment(sop, step, condition, read)) return undefined;
  return { by: 'condition', condition };
}

/** Whether the box is a judgment because it asks a question (and the question is folded: 通知(不)受理). */
function isQuestion(box: JudgmentBox | undefined, folded = false): boolean {
  return box?.by === 'word' && box.hit.kind === 'question' && (!folded || box.hit.folded === true);
}

/** Whether the label opens with its question word, with no subject of its own (是否與公文系統吻合？): it asks about what the step before handled. */
function opensWithQuestion(step: Step, box: JudgmentBox | undefined): boolean {
  return box?.by === 'word' && box.hit.index === step.text.length - step.text.trimStart().length;
}

/**
 * The steps whose judgment is part of a judgment box before them (one defect, one finding, on
 * that box): a question that is one of the box's alternatives (通過或不通過 after 承辦, as its
 * condition successor), and a question that is the only way on from the box, has no other way in
 * and is the box's own question — folded (確實(未)居住 → 通知(不)受理: the consequence of the same
 * judgment) or opening with its question word, with no subject of its own, so asking about what the
 * box judged (資訊科檢視單一簽入系統該員工帳號 → 是否與公文系統吻合？).
 * An approval inside an alternative (如同意，送處長核准) stays a finding of its own.
 */
function partOfEarlierBox(sop: Sop, boxes: ReadonlyMap<Step, JudgmentBox>): { parts: Step[]; questions: Step[] } {
  const parts: Step[] = [];
  const questions: Step[] = [];
  for (const [step, box] of boxes) {
    if (box.by === 'successors') parts.push(...box.conditions.filter((c) => isQuestion(boxes.get(c))));
    const next = nextSteps(sop, step);
    const only = next.length === 1 ? next[0]! : undefined;
    if (!only || !isQuestion(boxes.get(only)) || previousSteps(sop, only).length !== 1) continue;
    // The folded consequence (通知(不)受理) is a task of its own; the bare question is not.
    if (isQuestion(boxes.get(only), true)) parts.push(only);
    else if (opensWithQuestion(only, boxes.get(only))) questions.push(only);
  }
  return { parts: [...parts, ...questions], questions };
}

/** Whether a process box only asks the question of the diamond it leads to (its caption). */
function isCaption(sop: Sop, step: Step, read: LabelReadings): boolean {
  const hits = read.judgmentHits(step);
  return hits.length > 0 && hits.every((h) => h.kind === 'question') && captionsNext(sop, step);
}

/** The judgment boxes, and the boxes that only write out a judgment's question (no time of their own). */
interface JudgmentReading {
  boxes: ReadonlyMap<Step, JudgmentBox>;
  questions: ReadonlySet<Step>;
}

const judgmentReading = sopAnalysis('judgment reading', ({ sop, words }, analyses): JudgmentReading => {
  const boxes = new Map<Step, JudgmentBox>();
  const questions = new Set<Step>();
  const read = analyses.get(labelReadings);
  for (const step of sop.steps) {
    const box = classifyBox(sop, step, words, read);
    if (box) boxes.set(step, box);
    else if (step.kind === 'process' && isCaption(sop, step, read)) questions.add(step);
  }
  const earlier = partOfEarlierBox(sop, boxes);
  for (const part of earlier.parts) boxes.delete(part);
  for (const question of earlier.questions) questions.add(question);
  return { boxes, questions };
});

/** The SOP's judgment boxes: `context.analysis.get(judgmentBoxes).get(step)`. */
export const judgmentBoxes = sopAnalysis('judgment boxes', (_, analyses): ReadonlyMap<Step, JudgmentBox> => analyses.get(judgmentReading).boxes);

/**
 * Boxes that write out the question of a judgment drawn next to them: the caption of the diamond
 * they lead to, or the question of the judgment box before them. Someone answers it, but its time
 * is the judgment's (outcome-boxes.ts reads them as questions).
 */
export const questionBoxes = sopAnalysis('question boxes', (_, analyses): ReadonlySet<Step> => analyses.get(judgmentReading).questions);
