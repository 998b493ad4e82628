// Which process boxes are judgments that should be decision diamonds: decision-shape reports
// them (once: its message asks for the outcomes too), and subprocess leaves them to it (one step
// never gets two contradicting "draw it as…" findings). One analysis per SOP.

import type { WordLists } from '../../engine/types.js';
import { nextSteps } from '../../model/graph.js';
import type { Sop, Step } from '../../model/types.js';
import { sopAnalysis } from '../memo.js';
import { wordList } from '../word-lists.js';
import { documentProduction } from './documents.js';
import { judgmentHits, type JudgmentHit } from './judgments.js';
import { startsWithWord } from './outcomes.js';
import { procedureHit } from './procedures.js';

export type JudgmentBox = { hit: JudgmentHit; conditions?: undefined } | { hit?: undefined; conditions: Step[] };

/** The following steps whose labels read as conditions (同意…, 10萬元以上者…), when at least two do. */
export function conditionSuccessors(sop: Sop, step: Step, words: WordLists): Step[] {
  const openers = wordList(words, 'decisionConditionOpeners');
  const conditions = nextSteps(sop, step).filter((next) => next.kind !== 'decision' && startsWithWord(next.text, openers));
  return conditions.length >= 2 ? conditions : [];
}

/** Words of a label for comparing two labels: CJK character pairs and Latin words. */
function tokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  for (const word of text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []) out.add(word);
  return out;
}

/** Whether the diamond's label asks what the box asks: most of its words are in the box's label. */
function asksSame(box: string, diamond: string): boolean {
  const asked = tokens(diamond);
  const inBox = tokens(box);
  let shared = 0;
  for (const token of asked) if (inBox.has(token)) shared++;
  return asked.size > 0 && shared * 2 >= asked.size;
}

/**
 * A process box that is a judgment: its label has a judgment word, or the steps after it read as
 * conditions. Left to the other shape rules:
 * - a box that produces a document (評選結果簽核 is the sign-off memo: document-shape);
 * - a review that is a stage of a named procedure (資格標審查, 廠商評選: subprocess);
 * - a question box whose only way on is a diamond asking the same: it is that diamond's caption
 *   (該員工之單位登記桌是否已…設定公文角色？ before 單位登記桌已設定否？).
 */
export function classifyBox(sop: Sop, step: Step, words: WordLists): JudgmentBox | undefined {
  if (step.kind !== 'process') return undefined;
  if (documentProduction(step.text, words)) return undefined;
  const hits = judgmentHits(step.text, words);
  if (hits.length > 0) {
    if (hits.every((h) => h.kind === 'review') && procedureHit(step.text, words)) return undefined;
    if (hits.every((h) => h.kind === 'question')) {
      const next = nextSteps(sop, step);
      if (next.length === 1 && next[0]!.kind === 'decision' && asksSame(step.text, next[0]!.text)) return undefined;
    }
    // An approval or review says which outcomes to draw (核可／駁回／修正): quote it before a question word.
    return { hit: hits.find((h) => h.kind === 'approval' || h.kind === 'review') ?? hits[0]! };
  }
  const conditions = conditionSuccessors(sop, step, words);
  return conditions.length > 0 ? { conditions } : undefined;
}

/** The SOP's judgment boxes: `context.analysis.get(judgmentBoxes).get(step)`. */
export const judgmentBoxes = sopAnalysis('judgment boxes', ({ sop, words }): ReadonlyMap<Step, JudgmentBox> => {
  const boxes = new Map<Step, JudgmentBox>();
  for (const step of sop.steps) {
    const box = classifyBox(sop, step, words);
    if (box) boxes.set(step, box);
  }
  return boxes;
});
