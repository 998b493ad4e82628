// Judgment words in a label: what makes a step a decision (a question, a judgment, a review or
// an approval). The word lists are data (data/words/*/decisions.json).

import type { WordListName, WordLists } from '../../engine/types.js';
import { findWords, firstWord } from '../text/word-match.js';
import { maskWords } from '../text/word-mask.js';
import { wordList } from '../word-lists.js';

/** question: 是否, ？; judgment: 判斷, 檢視, 清查; review: 審查, 初審, 評選; approval: 核定, 簽核, 裁示. */
export type JudgmentKind = 'question' | 'judgment' | 'review' | 'approval';

export interface JudgmentHit {
  word: string;
  index: number;
  kind: JudgmentKind;
}

const JUDGMENT_LISTS: ReadonlyArray<readonly [JudgmentKind, WordListName]> = [
  ['question', 'decisionQuestionWords'],
  ['judgment', 'decisionJudgmentVerbs'],
  ['review', 'decisionReviewVerbs'],
  ['approval', 'decisionApprovalVerbs'],
];

const CLAUSE_BREAK = /[，,。；;：:！!？?\n]/u;

/** Where the clause that holds `index` starts. */
function clauseStart(text: string, index: number): number {
  let from = index;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  return from;
}

/**
 * The judgment words of a label, in text order, after blanking out the nouns and meeting names
 * of decisionNotJudgment (評審小組, 審查會議, 決議案, 核備…). An approval given by an outside body
 * named earlier in the same clause (行政院主計處核定, 送請議會審議) is left out: its result is an
 * input to this SOP, not a decision the SOP makes.
 */
export function judgmentHits(text: string, words: WordLists): JudgmentHit[] {
  const masked = maskWords(text, wordList(words, 'decisionNotJudgment'));
  const outsiders = wordList(words, 'decisionOutsideBodies');
  const hits: JudgmentHit[] = [];
  for (const [kind, name] of JUDGMENT_LISTS) {
    for (const hit of findWords(masked, wordList(words, name))) {
      if (kind === 'approval' && firstWord(masked.slice(clauseStart(masked, hit.index), hit.index), outsiders)) continue;
      hits.push({ word: text.slice(hit.index, hit.index + hit.word.length), index: hit.index, kind });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The first approval or review word of a label: a step that can say no. */
export function approvalHit(text: string, words: WordLists): JudgmentHit | undefined {
  return judgmentHits(text, words).find((h) => h.kind === 'approval' || h.kind === 'review');
}
