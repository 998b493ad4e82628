// Whether a label runs another procedure (…流程, 招標, 開標…): such a step is drawn as a
// predefined process. The word lists are data (data/words/*/procedures.json), and each hit is
// read in its clause (text/word-reading.ts): a procedure word that modifies a noun
// (採購作業系統, "procurement team"), names a path described right after a colon
// (2.夜間及假日流程：…), stands in a result clause (驗收無訛送…), a permission (得追蹤查詢,
// 始得辦理採購), a purpose (以供…追蹤診斷), a relative clause, an explanation (向家屬說明器官捐贈流程),
// a name in quotes or a topic ("For procurements above…", 工程採購於發包後…檢送契約書) does not refer
// to another procedure.
// 依照…流程 does: following a procedure is referring to it.

import type { WordListName, WordLists } from '../../engine/types.js';
import { readWord } from '../text/word-reading.js';
import { findWords } from '../text/word-match.js';
import { maskWords } from '../text/word-mask.js';
import { wordList } from '../word-lists.js';

/**
 * The first word of `list` in a label that the clause reads as the step's own act, not a noun,
 * modifier, earlier act, permission, purpose, heading, condition or quoted name (after blanking
 * out the `mask` words). Shared by subprocess (procedureWords) and legal-basis (legalProcurementSteps).
 */
export function actingWord(text: string, words: WordLists, list: WordListName, mask?: WordListName): string | undefined {
  const masked = mask ? maskWords(text, wordList(words, mask)) : text;
  const basis = wordList(words, 'grammarBasisBefore');
  for (const hit of findWords(masked, wordList(words, list))) {
    const end = hit.index + hit.word.length;
    const r = readWord(text, hit.index, end, words);
    // 得依…要點辦理: a permission to follow a named procedure still follows it (only 得追蹤查詢 is a verb phrase).
    const follows = basis.some((b) => hit.word.startsWith(b));
    if (r.quoted || r.purpose || (r.permitted && !follows) || r.attributive || r.headed || r.subordinate || r.nominal || r.heading || r.conditional || r.relative || r.explained || r.topic || r.dating) continue;
    return text.slice(hit.index, end);
  }
  return undefined;
}

/** The first procedure word of a label that refers to a procedure (after blanking out form names such as 追蹤表). */
export function procedureHit(text: string, words: WordLists): string | undefined {
  return actingWord(text, words, 'procedureWords', 'procedureNotProcedure');
}
