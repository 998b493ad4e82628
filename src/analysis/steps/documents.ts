// Whether a label says that the step produces a document (a draft, a memo, a report): such a
// step is drawn with the document symbol. The word lists are data (data/words/*/documents.json).

import type { WordLists } from '../../engine/types.js';
import { findWords, firstWord } from '../text/word-match.js';
import { maskWords } from '../text/word-mask.js';
import { wordList } from '../word-lists.js';

const DOCUMENT_CLAUSE_BREAK = /[，,。；;：:！!\n]/u;
/** Longer verb-to-noun spans are quoted as 「verb…noun」. */
const MAX_PHRASE = 24;

export interface DocumentHit {
  /** What to quote: the pattern hit, or the span from the verb to the noun. */
  phrase: string;
}

/**
 * A documentPatterns hit anywhere (擬…稿, 評選結果簽核), or a documentVerbs word followed in the same
 * clause by a documentNouns word (修正申請計畫書, but not 依議會決議，修正年度施政計畫內容), after
 * blanking out documentNotDocument.
 */
export function documentProduction(text: string, words: WordLists): DocumentHit | undefined {
  const masked = maskWords(text, wordList(words, 'documentNotDocument'));
  const pattern = firstWord(masked, wordList(words, 'documentPatterns'));
  if (pattern) return { phrase: text.slice(pattern.index, pattern.index + pattern.word.length) };
  const verbs = findWords(masked, wordList(words, 'documentVerbs'));
  if (verbs.length === 0) return undefined;
  const nouns = findWords(masked, wordList(words, 'documentNouns'));
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
