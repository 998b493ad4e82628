// Whether a label runs another procedure (…流程, 招標, 開標…): such a step is drawn as a
// predefined process. The word lists are data (data/words/*/procedures.json).

import type { WordLists } from '../../engine/types.js';
import { firstWord } from '../text/word-match.js';
import { maskWords } from '../text/word-mask.js';
import { wordList } from '../word-lists.js';

/** The first procedure word of a label (after blanking out form names such as 追蹤表). */
export function procedureHit(text: string, words: WordLists): string | undefined {
  const hit = firstWord(maskWords(text, wordList(words, 'procedureNotProcedure')), wordList(words, 'procedureWords'));
  return hit ? text.slice(hit.index, hit.index + hit.word.length) : undefined;
}
