// Whether a label says that the step produces a document (a draft, a memo, a report, a
// printout): such a step is drawn with the document symbol. The word lists are data
// (data/words/*/documents.json); each producing verb is read in its clause
// (text/word-reading.ts), so that 列印 inside a menu name 【…列印假單證明聯】 or after 亦得 (an
// option, not this step's act) does not count.

import type { WordLists } from '../../engine/types.js';
import { readWord } from '../text/word-reading.js';
import { compileWords, findWords, firstWord, type WordHit } from '../text/word-match.js';
import { maskWords } from '../text/word-mask.js';
import { wordList } from '../word-lists.js';

const DOCUMENT_CLAUSE_BREAK = /[，,。；;：:！!\n]|\.(?=\s)/u;
/** Longer verb-to-noun spans are quoted as 「verb…noun」. */
const MAX_PHRASE = 24;

export interface DocumentHit {
  /** What to quote: the pattern hit, or the span from the verb to the noun. */
  phrase: string;
  /** Where the production stands in the label: [start, end). */
  start: number;
  end: number;
}

/** Whether the producing verb is this step's act (not a name in quotes, an option, a modifier…). */
function producedHere(text: string, verb: WordHit, words: WordLists): boolean {
  const r = readWord(text, verb.index, verb.index + verb.word.length, words);
  return !(r.quoted || r.purpose || r.permitted || r.attributive || r.basis || r.nominal || r.conditional);
}

/** A long pattern hit quoted by its two ends (於臺北市市政…)登記). */
function clip(phrase: string): string {
  const chars = [...phrase];
  const half = MAX_PHRASE / 2;
  return chars.length <= MAX_PHRASE ? phrase : `${chars.slice(0, half).join('')}…${chars.slice(-half).join('')}`;
}

/** The quoted span from `start` to `end`: the verb and the noun, or verb…noun when long. */
function quote(text: string, first: WordHit, second: WordHit): DocumentHit {
  const end = second.index + second.word.length;
  const phrase =
    end - first.index <= MAX_PHRASE ? text.slice(first.index, end) : `${text.slice(first.index, first.index + first.word.length)}…${text.slice(second.index, end)}`;
  // English verb entries may carry the clause break before the verb: quote from the verb on.
  return { phrase: phrase.replace(/^(?:[\s,;:]+|(?:and|then)\s+)+/iu, ''), start: first.index, end };
}

/**
 * The first document noun from `from` on, searched from there: a noun pattern that reads the
 * character before its noun (…表, …單) cannot take the verb's last character, so 填寫表格 finds
 * 表格 (not 寫表, which starts inside the verb).
 */
function nounAfter(masked: string, from: number, nouns: readonly string[]): WordHit | undefined {
  const regex = compileWords(nouns);
  if (!regex) return undefined;
  regex.lastIndex = from;
  const m = regex.exec(masked);
  return m ? { word: m[0], index: m.index } : undefined;
}

/**
 * A documentPatterns hit anywhere (擬…稿, 評選結果簽核, 紀錄於「…單」內), a documentVerbs word
 * followed in the same clause by a documentNouns word (修正申請計畫書, but not 依議會決議，修正年度
 * 施政計畫內容), or a document noun that the clause ends on its producing verb (證書製作: the object
 * put first), after blanking out documentNotDocument.
 */
export function documentProduction(text: string, words: WordLists): DocumentHit | undefined {
  const masked = maskWords(text, wordList(words, 'documentNotDocument'));
  const pattern = firstWord(masked, wordList(words, 'documentPatterns'));
  if (pattern) return { phrase: clip(text.slice(pattern.index, pattern.index + pattern.word.length)), start: pattern.index, end: pattern.index + pattern.word.length };
  const verbs = findWords(masked, wordList(words, 'documentVerbs')).filter((v) => producedHere(text, v, words));
  if (verbs.length === 0) return undefined;
  const nounList = wordList(words, 'documentNouns');
  const nouns = findWords(masked, nounList);
  const sameClause = (from: number, to: number) => !DOCUMENT_CLAUSE_BREAK.test(masked.slice(from, to));
  for (const verb of verbs) {
    const verbEnd = verb.index + verb.word.length;
    const noun = nounAfter(masked, verbEnd, nounList);
    if (noun && sameClause(verbEnd, noun.index)) return quote(text, verb, noun);
    // The object put first: the noun right before the verb, and nothing after the verb in its clause.
    const fronted = nouns.find((n) => n.index + n.word.length === verb.index);
    const clauseRest = masked.slice(verbEnd).split(DOCUMENT_CLAUSE_BREAK)[0]!;
    if (fronted && !/[\p{L}\p{N}]/u.test(clauseRest)) return quote(text, fronted, verb);
  }
  return undefined;
}
