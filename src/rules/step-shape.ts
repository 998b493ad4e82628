// Which symbol a step's label calls for: a judgment (decision diamond), a document, or another
// procedure (predefined process). Shared by decision-shape, decision-branches, approval-outcomes,
// document-shape and subprocess so that they agree on what a step is, and one step never gets
// two contradicting "draw it as…" findings. Not a rule: the word lists are data
// (data/words/*/decisions.json, documents.json, procedures.json), read from the rule context.

import type { WordLists } from '../engine/types.js';
import { nextSteps } from '../model/graph.js';
import type { Sop, Step } from '../model/types.js';
import { findWords, firstWord } from '../text/word-match.js';
import { maskWords } from '../text/word-mask.js';

const NONE: readonly string[] = [];
const CLAUSE_BREAK = /[，,。；;：:！!？?\n]/u;

function list(words: WordLists, name: string): readonly string[] {
  return words[name] ?? NONE;
}

function clauseStart(text: string, index: number): number {
  let from = index;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  return from;
}

/** Whether the trimmed text starts with a hit of the list (entries anchored with ^ or not). */
export function startsWithWord(text: string, words: readonly string[]): boolean {
  return firstWord(text.trim(), words)?.index === 0;
}

// ---------------------------------------------------------------------------------------------
// Judgments

/** question: 是否, ？; judgment: 判斷, 檢視, 清查; review: 審查, 初審, 評選; approval: 核定, 簽核, 裁示. */
export type JudgmentKind = 'question' | 'judgment' | 'review' | 'approval';

export interface JudgmentHit {
  word: string;
  index: number;
  kind: JudgmentKind;
}

const JUDGMENT_LISTS: ReadonlyArray<readonly [JudgmentKind, string]> = [
  ['question', 'decisionQuestionWords'],
  ['judgment', 'decisionJudgmentVerbs'],
  ['review', 'decisionReviewVerbs'],
  ['approval', 'decisionApprovalVerbs'],
];

/**
 * The judgment words of a label, in text order, after blanking out the nouns and meeting names
 * of decisionNotJudgment (評審小組, 審查會議, 決議案, 核備…). An approval given by an outside body
 * named earlier in the same clause (行政院主計處核定, 送請議會審議) is left out: its result is an
 * input to this SOP, not a decision the SOP makes.
 */
export function judgmentHits(text: string, words: WordLists): JudgmentHit[] {
  const masked = maskWords(text, list(words, 'decisionNotJudgment'));
  const outsiders = list(words, 'decisionOutsideBodies');
  const hits: JudgmentHit[] = [];
  for (const [kind, name] of JUDGMENT_LISTS) {
    for (const hit of findWords(masked, list(words, name))) {
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

/** The following steps whose labels read as conditions (同意…, 10萬元以上者…), when at least two do. */
export function conditionSuccessors(sop: Sop, step: Step, words: WordLists): Step[] {
  const openers = list(words, 'decisionConditionOpeners');
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

export type JudgmentBox = { hit: JudgmentHit; conditions?: undefined } | { hit?: undefined; conditions: Step[] };

/**
 * A process box that is a judgment: its label has a judgment word, or the steps after it read as
 * conditions. Left to the other shape rules:
 * - a box that produces a document (評選結果簽核 is the sign-off memo: document-shape);
 * - a review that is a stage of a named procedure (資格標審查, 廠商評選: subprocess);
 * - a question box whose only way on is a diamond asking the same: it is that diamond's caption
 *   (該員工之單位登記桌是否已…設定公文角色？ before 單位登記桌已設定否？).
 */
export function judgmentBox(sop: Sop, step: Step, words: WordLists): JudgmentBox | undefined {
  if (step.kind !== 'process') return undefined;
  // Four rules ask about every box: compute once per step and word lists.
  const cached = boxCache.get(step);
  if (cached && cached.words === words) return cached.box;
  const box = classifyBox(sop, step, words);
  boxCache.set(step, { words, box });
  return box;
}

const boxCache = new WeakMap<Step, { words: WordLists; box: JudgmentBox | undefined }>();

function classifyBox(sop: Sop, step: Step, words: WordLists): JudgmentBox | undefined {
  if (documentProduction(step.text, words)) return undefined;
  const hits = judgmentHits(step.text, words);
  if (hits.length > 0) {
    if (hits.every((h) => h.kind === 'review') && procedureHit(step.text, words)) return undefined;
    if (hits.every((h) => h.kind === 'question')) {
      const next = nextSteps(sop, step);
      if (next.length === 1 && next[0]!.kind === 'decision' && asksSame(step.text, next[0]!.text)) return undefined;
    }
    return { hit: hits[0]! };
  }
  const conditions = conditionSuccessors(sop, step, words);
  return conditions.length > 0 ? { conditions } : undefined;
}

/** A branch label that reads as an outcome (是, 否, 同意, 核可…) or a condition (10萬元以上…). */
export function isOutcomeLabel(label: string, words: WordLists): boolean {
  return startsWithWord(label, list(words, 'decisionOutcomeLabels')) || startsWithWord(label, list(words, 'decisionConditionOpeners'));
}

const EDGE_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

/** A label that is nothing but an outcome word: 「否」, "No". */
export function isBareOutcome(text: string, words: WordLists): boolean {
  const bare = text.replace(EDGE_PUNCTUATION, '');
  const hit = firstWord(bare, list(words, 'decisionOutcomeLabels'));
  return bare.length > 0 && hit !== undefined && hit.index === 0 && hit.word.length === bare.length;
}

/** A text that rejects, returns or asks for revision (駁回, 退回, 修正, 不同意…). */
export function saysNo(text: string, words: WordLists): boolean {
  return firstWord(text, list(words, 'decisionRejectOutcomes')) !== undefined;
}

/** A branch label that rejects: the words of saysNo, or a bare 否 / "No". */
export function isRejectLabel(label: string, words: WordLists): boolean {
  return saysNo(label, words) || startsWithWord(label, list(words, 'decisionRejectLabels'));
}

// ---------------------------------------------------------------------------------------------
// Documents

const DOCUMENT_CLAUSE_BREAK = /[，,。；;：:！!\n]/u;
/** Longer verb-to-noun spans are quoted as 「verb…noun」. */
const MAX_PHRASE = 24;

export interface DocumentHit {
  /** What to quote: the pattern hit, or the span from the verb to the noun. */
  phrase: string;
}

/**
 * Whether a label says that the step produces a document: a documentPatterns hit anywhere
 * (擬…稿, 評選結果簽核), or a documentVerbs word followed in the same clause by a documentNouns word
 * (修正申請計畫書, but not 依議會決議，修正年度施政計畫內容), after blanking out documentNotDocument.
 */
export function documentProduction(text: string, words: WordLists): DocumentHit | undefined {
  const masked = maskWords(text, list(words, 'documentNotDocument'));
  const pattern = firstWord(masked, list(words, 'documentPatterns'));
  if (pattern) return { phrase: text.slice(pattern.index, pattern.index + pattern.word.length) };
  const verbs = findWords(masked, list(words, 'documentVerbs'));
  if (verbs.length === 0) return undefined;
  const nouns = findWords(masked, list(words, 'documentNouns'));
  for (const verb of verbs) {
    const verbEnd = verb.index + verb.word.length;
    const noun = nouns.find((n) => n.index >= verbEnd && !DOCUMENT_CLAUSE_BREAK.test(masked.slice(verbEnd, n.index)));
    if (!noun) continue;
    const end = noun.index + noun.word.length;
    // English verb entries may carry the clause break before the verb: quote from the verb on.
    const phrase = end - verb.index <= MAX_PHRASE ? text.slice(verb.index, end) : `${text.slice(verb.index, verbEnd)}…${text.slice(noun.index, end)}`;
    return { phrase: phrase.replace(/^(?:[\s,;:]+|(?:and|then)\s+)+/iu, '') };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Other procedures

/** The first procedure word of a label (after blanking out form names such as 追蹤表). */
export function procedureHit(text: string, words: WordLists): string | undefined {
  const hit = firstWord(maskWords(text, list(words, 'procedureNotProcedure')), list(words, 'procedureWords'));
  return hit ? text.slice(hit.index, hit.index + hit.word.length) : undefined;
}
