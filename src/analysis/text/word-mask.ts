// Masking: blank out the hits of a word list (nouns such as 評審小組, 審查會議) before looking for
// another list's words (審查, 評審), so that an exception list is data too. Indices are kept,
// so hits found in the masked text point at the same characters of the original.

import { compileWords } from './word-match.js';

/** A character no word list entry matches: it also breaks words apart. */
export const MASK_CHAR = '\u0000';

/** The text with every hit of the list replaced by MASK_CHAR, one per UTF-16 unit. */
export function maskWords(text: string, words: readonly string[]): string {
  const regex = compileWords(words);
  if (!regex) return text;
  regex.lastIndex = 0;
  return text.replace(regex, (hit) => MASK_CHAR.repeat(hit.length));
}
