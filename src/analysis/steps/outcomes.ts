// Branch labels and the labels of the steps they lead to: outcomes (是, 否, 同意, 核可…),
// conditions (10萬元以上…) and rejections (駁回, 退回, 修正…). The word lists are data
// (data/words/*/decisions.json).

import type { WordLists } from '../../engine/types.js';
import { firstWord, wordAt } from '../text/word-match.js';
import { wordList } from '../word-lists.js';

/** Whether the trimmed text starts with a hit of the list (entries anchored with ^ or not). */
export function startsWithWord(text: string, words: readonly string[]): boolean {
  return wordAt(text.trim(), words) !== undefined;
}

/** A branch label that reads as an outcome (是, 否, 同意, 核可…) or a condition (10萬元以上…). */
export function isOutcomeLabel(label: string, words: WordLists): boolean {
  return startsWithWord(label, wordList(words, 'decisionOutcomeLabels')) || startsWithWord(label, wordList(words, 'decisionConditionOpeners'));
}

const EDGE_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

const WORD_BREAK = /[\s\p{P}]+/u;

/** Whether the text is one outcome word and nothing else. */
function isOutcomeWord(bare: string, words: WordLists): boolean {
  const hit = firstWord(bare, wordList(words, 'decisionOutcomeLabels'));
  return bare.length > 0 && hit !== undefined && hit.index === 0 && hit.word.length === bare.length;
}

const HAN = /\p{Script=Han}/u;

/**
 * A label that is nothing but an outcome word: 「否」, "No", "not done" — or the same outcome
 * written in two languages side by side (「是 Yes」, 「否／No」): a Chinese outcome word and its
 * Latin translation. Two Chinese outcomes (否，退回) say more than one outcome: not bare.
 */
export function isBareOutcome(text: string, words: WordLists): boolean {
  const bare = text.replace(EDGE_PUNCTUATION, '');
  if (isOutcomeWord(bare, words)) return true;
  const parts = bare.split(WORD_BREAK);
  const chinese = parts.filter((part) => HAN.test(part));
  return parts.length === 2 && chinese.length === 1 && parts.every((part) => isOutcomeWord(part, words));
}

/** A text that rejects, returns or asks for revision (駁回, 退回, 修正, 不同意…). */
export function saysNo(text: string, words: WordLists): boolean {
  return firstWord(text, wordList(words, 'decisionRejectOutcomes')) !== undefined;
}

/** A branch label that rejects: the words of saysNo, or a bare 否 / "No". */
export function isRejectLabel(label: string, words: WordLists): boolean {
  return saysNo(label, words) || startsWithWord(label, wordList(words, 'decisionRejectLabels'));
}
