// Judgment words in a label: what makes a step a decision (a question, a judgment, a review or
// an approval), read in their clause: only a word that is the step's own act counts, not one
// that modifies a noun (核准之計畫), happened before (經核可後送出), is the object of 依/按
// (依審定結果辦理) or is a noun ("the scheduled review"). The word lists are data
// (data/words/*/decisions.json; the grammar markers: data/words/*/grammar.json).

import type { WordListName, WordLists } from '../../engine/types.js';
import { readWord, type WordReading } from '../text/word-reading.js';
import { compileWords, findWords, firstWord } from '../text/word-match.js';
import { maskWords } from '../text/word-mask.js';
import { wordList } from '../word-lists.js';

/**
 * question: 是否, ？; judgment: 判斷, 檢視, 清查; review: 審查, 初審, 評選; approval: 核定, 簽核,
 * 裁示; routing: 陳核 (the step sends the case for a ruling).
 */
export type JudgmentKind = 'question' | 'judgment' | 'review' | 'approval' | 'routing';

export interface JudgmentHit {
  word: string;
  index: number;
  kind: JudgmentKind;
  /** Sent for the judgment rather than judged here (陳核, 送請核准, "send … for approval"). */
  routed: boolean;
  /** A question that folds both outcomes into the label (通過或不通過, 確實(未)居住, "approve or not"). */
  folded?: true;
}

const JUDGMENT_LISTS: ReadonlyArray<readonly [JudgmentKind, WordListName]> = [
  ['question', 'decisionQuestionWords'],
  ['question', 'decisionFoldedAlternatives'],
  ['judgment', 'decisionJudgmentVerbs'],
  ['review', 'decisionReviewVerbs'],
  ['approval', 'decisionApprovalVerbs'],
  ['routing', 'decisionRoutingWords'],
];

/**
 * Every judgment list's entries in one list, once per word lists: a list that has a hit somewhere
 * in a text has it in their union too (an alternation matches where any of its alternatives does),
 * so a text with no hit of the union has none of any list. Null when the union is not one pattern:
 * a /regex/ entry that refers to a group by number (\2 would name another group in the union) or
 * two that name the same group.
 */
const unions = new WeakMap<WordLists, readonly string[] | null>();

function anyJudgmentWord(words: WordLists): readonly string[] | null {
  let union = unions.get(words);
  if (union === undefined) {
    const all = JUDGMENT_LISTS.flatMap(([, name]) => wordList(words, name));
    union = all.some((w) => /\\[1-9]/.test(w)) || !compiles(all) ? null : all;
    unions.set(words, union);
  }
  return union;
}

function compiles(list: readonly string[]): boolean {
  try {
    compileWords(list);
    return true;
  } catch {
    return false;
  }
}

/** Whether the reading leaves the word to another act than this step's own. */
function notOwnAct(reading: WordReading): boolean {
  return reading.quoted || reading.purpose || reading.permitted || reading.attributive || reading.headed || reading.subordinate || reading.basis || reading.conditional || reading.relative || (reading.nominal && !reading.routed);
}

const CLAUSE_BREAK = /[，,。；;：:！!？?\n]/u;

/** Where the clause that holds `index` starts. */
function clauseStart(text: string, index: number): number {
  let from = index;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  return from;
}

/**
 * The judgment words of a label that are the step's own act, in text order, after blanking out
 * the nouns and meeting names of decisionNotJudgment (評審小組, 審查會議, 決議案, 核備…). An
 * approval given by an outside body named earlier in the same clause (行政院主計處核定, 送請議會審議)
 * is left out: its result is an input to this SOP, not a decision the SOP makes. A word that the
 * clause reads as a modifier, an earlier act, a basis, a noun, a name in quotes, a permission or
 * a purpose (word-reading.ts) is left out too.
 */
export function judgmentHits(text: string, words: WordLists): JudgmentHit[] {
  const masked = maskWords(text, wordList(words, 'decisionNotJudgment'));
  const any = anyJudgmentWord(words);
  // Most labels hold no judgment word: one search of every list at once says so.
  if (any && !firstWord(masked, any)) return [];
  const outsiders = wordList(words, 'decisionOutsideBodies');
  const found: Array<{ kind: JudgmentKind; name: WordListName; index: number; end: number }> = [];
  for (const [kind, name] of JUDGMENT_LISTS) {
    for (const hit of findWords(masked, wordList(words, name))) {
      if (kind === 'approval' && firstWord(masked.slice(clauseStart(masked, hit.index), hit.index), outsiders)) continue;
      found.push({ kind, name, index: hit.index, end: hit.index + hit.word.length });
    }
  }
  const hits: JudgmentHit[] = [];
  for (const hit of found) {
    const word = text.slice(hit.index, hit.end);
    // A question mark or 是否 asks whatever stands around it: only words are read in their clause,
    // and a run of judgment words as one (經審查核准之案件: the run modifies 案件, 審查 with it).
    const [start, end] = hit.kind === 'question' ? [hit.index, hit.end] : judgmentRun(found, hit);
    const reading = hit.kind === 'question' ? undefined : readWord(text, start, end, words);
    if (reading && notOwnAct(reading)) continue;
    const folded = hit.name === 'decisionFoldedAlternatives' ? { folded: true as const } : {};
    hits.push({ word, index: hit.index, kind: hit.kind, routed: hit.kind === 'routing' || reading?.routed === true, ...folded });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The run of judgment words (not questions) the hit stands in, each one right after the other: 審查核准, 初審通過. */
function judgmentRun(found: ReadonlyArray<{ kind: JudgmentKind; index: number; end: number }>, hit: { index: number; end: number }): [number, number] {
  const words = found.filter((f) => f.kind !== 'question');
  let [start, end] = [hit.index, hit.end];
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of words) {
      if (f.end === start && f.index < start) [start, grew] = [f.index, true];
      if (f.index === end && f.end > end) [end, grew] = [f.end, true];
    }
  }
  return [start, end];
}

/** Whether a diamond's label asks something: a judgment word of its own or a criterion (金額…以上). `hits`: the label's judgmentHits, if read already. */
export function asksJudgment(text: string, words: WordLists, hits: readonly JudgmentHit[] = judgmentHits(text, words)): boolean {
  return hits.length > 0 || firstWord(text, words.decisionCriterionWords) !== undefined;
}

/** The first approval or review word of a label: a step that can say no. `hits`: the label's judgmentHits, if read already. */
export function approvalHit(text: string, words: WordLists, hits: readonly JudgmentHit[] = judgmentHits(text, words)): JudgmentHit | undefined {
  return hits.find((h) => h.kind === 'approval' || h.kind === 'review');
}
