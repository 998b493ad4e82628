// A condition written into a label: 「如發現有擅自復工者，應即發文…」, 「案件登記完畢後，如有書狀需用印者，
// 應送…」, "If your request is unclear, we will contact you…", "Under EIR, if your request is
// complicated, we can extend…". The conditional clauses are data
// (data/words/*/decisions.json: decisionConditionClauses).

import type { WordLists } from '../../engine/types.js';
import { startsWithWord } from './outcomes.js';
import { wordList } from '../word-lists.js';

/** The first sentence of a label: up to 。；！？, a line break, or a full stop before a blank. */
function firstSentence(text: string): string {
  const end = text.search(/[。；;！!？?\n]|\.(?:\s|$)/u);
  return end < 0 ? text : text.slice(0, end);
}

/** The clause of the label's first sentence that opens with a condition (如…, 若…, if…), if any. */
export function leadingCondition(text: string, words: WordLists): string | undefined {
  const clauses = wordList(words, 'decisionConditionClauses');
  for (const clause of firstSentence(text).split(/[，,：:]/u)) {
    if (startsWithWord(clause, clauses)) return clause.trim();
  }
  return undefined;
}

/** Han character pairs and Latin words of four letters or more but function words: what two labels may share. */
function contentWords(text: string, functionWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  for (const word of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) if (!functionWords.has(word)) out.add(word);
  return out;
}

/**
 * Whether two texts speak of the same thing: they share a Han character pair, or `latinWords`
 * Latin words of 4+ letters (not grammarFunctionWords). Two steps need two: one shared noun,
 * "request", is only the case both handle.
 */
export function sharesWords(a: string, b: string, words: WordLists, latinWords = 2): boolean {
  const functionWords = new Set(wordList(words, 'grammarFunctionWords').map((w) => w.toLowerCase()));
  const inB = contentWords(b, functionWords);
  let latin = 0;
  for (const word of contentWords(a, functionWords)) {
    if (!inB.has(word)) continue;
    if (/^[a-z]/.test(word)) latin++;
    else return true;
  }
  return latin >= latinWords;
}
