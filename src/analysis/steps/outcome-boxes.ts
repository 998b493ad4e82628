// Branch labels drawn as boxes. After a judgment box with two or more ways on (decision-shape
// reports it, and its message asks for the outcomes), a following box that only states one of
// those outcomes is the label of that branch, not a task: 證件齊全 / 證件不齊, 查訪結果未居住該址 /
// 查訪結果確實居住該址, "Application complete" / "Application not complete", 通過或不通過, and two
// opposite outcomes (繼續列管 / 解除列管: grammarOpposites). The defect
// is the missing diamond, reported once on the box before; owner and standard-time stay silent
// on the outcome box (one defect, one finding).
//
// Two kinds, told apart by the grammar of the label:
// - state: the box says one side of a state and a sibling says its negation or its opposite (or
//   it is a bare outcome word: 同意, 否 — also as the judgment box's only way on, a box or a
//   diamond that says just 「否」): nobody acts, nothing takes time;
// - question: the box folds both outcomes into one question (通過或不通過), or writes out the
//   question of the judgment drawn beside it (a caption box before its diamond; 是否與公文系統吻合？
//   after the check that judges it: judgment-box.ts questionBoxes): it takes no time of its own
//   (the judgment does), but someone answers it, so owner still asks who.
// A box that does more than state the outcome (a second clause: 不受理，通知申請人補正; a task
// such as 補正 beside 通過或不通過) is a task and is checked as one.

import type { WordLists } from '../../engine/types.js';
import { nextSteps, previousSteps } from '../../model/graph.js';
import type { Sop, Step } from '../../model/types.js';
import { sopAnalysis } from '../memo.js';
import { firstWord } from '../text/word-match.js';
import { wordList } from '../word-lists.js';
import { negationPair, oppositePair, oppositePairs } from './alternatives.js';
import { judgmentBoxes, questionBoxes } from './judgment-box.js';
import { isBareOutcome } from './outcomes.js';

export type OutcomeKind = 'state' | 'question';

const CLAUSE_BREAK = /[，,。；;：:\n]/u;

/** The first clause of a label, without its closing punctuation. */
const firstClause = (text: string): string => text.trim().replace(/[\s。．.！!]+$/u, '').split(CLAUSE_BREAK)[0]!.trim();

/** A label of one clause (closing punctuation aside), without its closing punctuation; else undefined. */
function singleClause(text: string): string | undefined {
  const clause = firstClause(text);
  return clause.length > 0 && clause.length === text.trim().replace(/[\s。．.！!]+$/u, '').length ? clause : undefined;
}

/** Whether the whole label is a folded question (通過或不通過, "approve or not"). */
function isFoldedQuestion(label: string, words: WordLists): boolean {
  const hit = firstWord(label, wordList(words, 'decisionFoldedAlternatives'));
  return hit !== undefined && hit.index === 0 && hit.word.length === label.length;
}

/**
 * Two states of one subject (both single clauses): after a common start, two opposite words that
 * end the labels (服務穩定 / 服務異常: grammarOpposites), or the same state and its lifting
 * (服務異常 / 服務異常解除: grammarUndoneAfter).
 */
function statePair(a: string, b: string, words: WordLists): boolean {
  const [x, y] = [a.trim().toLowerCase(), b.trim().toLowerCase()];
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  if (common === 0) return false;
  const [u, v] = [x.slice(common).trim(), y.slice(common).trim()];
  if (u === '' || v === '') return wordList(words, 'grammarUndoneAfter').some((w) => w.toLowerCase() === u + v);
  return oppositePairs(words).some(([p, q]) => (u === p && v === q) || (u === q && v === p));
}

/** A single-clause label of a process box, if the step is one. */
const stateLabel = (step: Step): string | undefined => (step.kind === 'process' ? singleClause(step.text) : undefined);

/**
 * What the box states, if it is an outcome of the judgment before it: a folded question, a bare
 * outcome word, or one side of a state whose negation a sibling states in its first clause
 * (證件不齊 / 證件齊全，登錄系統). A one-character remainder after the negation is enough there.
 */
function outcomeKind(step: Step, siblings: readonly Step[], words: WordLists): OutcomeKind | undefined {
  const label = singleClause(step.text);
  if (label === undefined) return undefined;
  if (isFoldedQuestion(label, words)) return 'question';
  if (isBareOutcome(label, words)) return 'state';
  for (const sibling of siblings) {
    if (sibling === step) continue;
    const other = firstClause(sibling.text);
    const single = singleClause(sibling.text) !== undefined;
    if (negationPair(label, other, words, 1) || (single && (oppositePair(label, other, words) || statePair(label, other, words)))) return 'state';
  }
  return undefined;
}

interface OutcomeReading {
  kinds: ReadonlyMap<Step, OutcomeKind>;
  /** Diamonds that only say one answer of a judgment box with two or more ways on (是否有床位 → 「是 Yes」 / 「否 No」). */
  answers: ReadonlySet<Step>;
  /** Process boxes that no word marks as a judgment, whose ways on state its outcomes (定期訪視 → 服務穩定 / 服務異常). */
  judgedByOutcomes: ReadonlyMap<Step, Step[]>;
  /** Boxes that state the success of the act before them, the only outcome drawn (等待候補 → 候補成功), with that act. */
  successes: ReadonlyMap<Step, Step>;
}

/** A run of Han characters that opens a label; what follows it, if anything, is a translation (Latin). */
const HAN_LABEL = /^(\p{Script=Han}+)(?:\s+[^\p{Script=Han}]*)?$/u;

/**
 * The act before a box of one phrase that states its success (等待候補 → 候補成功 Successfully
 * waitlisted): the phrase ends in a success word and the rest of it, two characters or more, is
 * said in the box before, its only way in. One outcome of an act that can fail, the other missing.
 */
function succeededAct(sop: Sop, step: Step, words: WordLists): Step | undefined {
  if (step.kind !== 'process') return undefined;
  const phrase = HAN_LABEL.exec(step.text.trim())?.[1];
  const success = phrase === undefined ? undefined : wordList(words, 'decisionSuccessWords').find((w) => phrase.endsWith(w));
  const act = success === undefined ? '' : phrase!.slice(0, -success.length);
  if (act.length < 2) return undefined;
  const before = previousSteps(sop, step);
  return before.length === 1 && before[0]!.kind === 'process' && before[0]!.text.includes(act) ? before[0] : undefined;
}

/**
 * Boxes with two or more ways on, no judgment word, whose ways on state two states of one subject
 * (服務穩定 / 服務異常), or one of whose ways on lifts the state that led into the box (服務異常 →
 * 協調 → 服務異常解除): the box judges which state holds, and those ways on are its outcomes.
 */
function judgedByStates(sop: Sop, boxes: ReadonlyMap<Step, unknown>, words: WordLists): Map<Step, Step[]> {
  const judged = new Map<Step, Step[]>();
  for (const box of sop.steps) {
    if (box.kind !== 'process' || boxes.has(box)) continue;
    const next = nextSteps(sop, box);
    if (next.length < 2) continue;
    const labels = next.map(stateLabel);
    if (labels.every((l) => l === undefined)) continue;
    const before = previousSteps(sop, box).map(stateLabel).filter((l): l is string => l !== undefined);
    const outcomes = next.filter((step, i) => {
      const label = labels[i];
      if (label === undefined) return false;
      return before.some((b) => statePair(label, b, words)) || next.some((other, j) => other !== step && labels[j] !== undefined && statePair(label, labels[j]!, words));
    });
    if (outcomes.length > 0) judged.set(box, outcomes);
  }
  return judged;
}

const outcomeReading = sopAnalysis('outcome reading', ({ sop, words }, analyses): OutcomeReading => {
  const kinds = new Map<Step, OutcomeKind>();
  const answers = new Set<Step>();
  const boxes = analyses.get(judgmentBoxes);
  const judgedByOutcomes = judgedByStates(sop, boxes, words);
  // A box that writes out a judgment's question: the caption of the diamond after it, or the
  // question of the judgment box before it.
  for (const step of analyses.get(questionBoxes)) kinds.set(step, 'question');
  for (const outcomes of judgedByOutcomes.values()) for (const step of outcomes) if (!kinds.has(step)) kinds.set(step, 'state');
  for (const box of [...boxes.keys(), ...judgedByOutcomes.keys()]) {
    const next = nextSteps(sop, box);
    if (next.length < 2) {
      // The box's only way on is a symbol that says just one outcome (首長核定 → a 「否」 diamond):
      // that outcome's label drawn as a symbol of its own, not a step.
      const only = next[0];
      if (only && (only.kind === 'process' || only.kind === 'decision') && !kinds.has(only) && isBareOutcome(only.text, words)) kinds.set(only, 'state');
      continue;
    }
    for (const step of next) {
      if (kinds.has(step)) continue;
      // Its answers drawn as diamonds of their own (是否有床位 → 「是 Yes」, 「否 No」): branch labels.
      if (step.kind === 'decision' && isBareOutcome(step.text, words)) {
        kinds.set(step, 'state');
        answers.add(step);
        continue;
      }
      if (step.kind !== 'process') continue;
      const kind = outcomeKind(step, next, words);
      if (kind) kinds.set(step, kind);
    }
  }
  const successes = new Map<Step, Step>();
  for (const step of sop.steps) {
    const act = kinds.has(step) ? undefined : succeededAct(sop, step, words);
    if (act) {
      successes.set(step, act);
      kinds.set(step, 'state');
    }
  }
  return { kinds, answers, judgedByOutcomes, successes };
});

/** The SOP's outcome boxes and what they state: `context.analysis.get(outcomeBoxes).get(step)`. */
export const outcomeBoxes = sopAnalysis('outcome boxes', (_, analyses): ReadonlyMap<Step, OutcomeKind> => analyses.get(outcomeReading).kinds);

/**
 * Diamonds that only say one answer of the judgment box before them, which has two or more ways
 * on: the answers drawn as symbols. The defect is the box's (decision-shape reports it once and
 * asks for the diamond with those outcomes on its branches); the diamonds get no finding of their own.
 */
export const answerSymbols = sopAnalysis('answer symbols', (_, analyses): ReadonlySet<Step> => analyses.get(outcomeReading).answers);

/** Process boxes judged by the states their ways on say (decision-shape reports them). */
export const outcomeJudgments = sopAnalysis('outcome judgments', (_, analyses): ReadonlyMap<Step, Step[]> => analyses.get(outcomeReading).judgedByOutcomes);

/** Boxes that state the success of the act before them, the one outcome drawn (decision-shape reports them): box → that act. */
export const successBoxes = sopAnalysis('success boxes', (_, analyses): ReadonlyMap<Step, Step> => analyses.get(outcomeReading).successes);
