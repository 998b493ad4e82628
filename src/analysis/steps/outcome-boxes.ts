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
import { nextSteps } from '../../model/graph.js';
import type { Step } from '../../model/types.js';
import { sopAnalysis } from '../memo.js';
import { firstWord } from '../text/word-match.js';
import { wordList } from '../word-lists.js';
import { negationPair, oppositePair } from './alternatives.js';
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
    if (negationPair(label, other, words, 1) || (singleClause(sibling.text) !== undefined && oppositePair(label, other, words))) return 'state';
  }
  return undefined;
}

/** The SOP's outcome boxes and what they state: `context.analysis.get(outcomeBoxes).get(step)`. */
export const outcomeBoxes = sopAnalysis('outcome boxes', ({ sop, words }, analyses): ReadonlyMap<Step, OutcomeKind> => {
  const out = new Map<Step, OutcomeKind>();
  const boxes = analyses.get(judgmentBoxes);
  // A box that writes out a judgment's question: the caption of the diamond after it, or the
  // question of the judgment box before it.
  for (const step of analyses.get(questionBoxes)) out.set(step, 'question');
  for (const box of boxes.keys()) {
    const next = nextSteps(sop, box);
    if (next.length < 2) {
      // The box's only way on is a symbol that says just one outcome (首長核定 → a 「否」 diamond):
      // that outcome's label drawn as a symbol of its own, not a step.
      const only = next[0];
      if (only && (only.kind === 'process' || only.kind === 'decision') && !out.has(only) && isBareOutcome(only.text, words)) out.set(only, 'state');
      continue;
    }
    for (const step of next) {
      if (step.kind !== 'process' || out.has(step)) continue;
      const kind = outcomeKind(step, next, words);
      if (kind) out.set(step, kind);
    }
  }
  return out;
});
