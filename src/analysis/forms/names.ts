// A form's name as it should be shown (display) and as it is compared (key): without its item
// number, URL, trailing 。 or 註 mark; the key also folded, without quotes and spaces next to CJK.

import { fold, type Spellings } from '../text/fold.js';
import { compileWords } from '../text/word-match.js';

/** The data a name's display and key depend on (see form-lists.ts). */
export interface NameGrammar {
  /** /regex/ entries of the numbering before a list item (data: numeralItemNumbers). */
  itemNumbers: readonly string[];
  spellings: Spellings;
}

/** A note mark: （註1）, (註 3、4). */
export const NOTE_MARK = /[(（]\s*註\s*[0-9０-９]+(?:\s*[、,，]\s*[0-9０-９]+)*\s*[)）]/g;
const URL_IN_BRACKETS = /[(（﹙]\s*(?:https?|ftp):\/\/[^)）﹚]*[)）﹚]/g;
const URL = /(?:https?|ftp):\/\/\S+/g;
const TRAILING = /[\s。．.，,；;:：]+$/;

/** A listed name as it should be shown: without its item number, URL, trailing 。 or 註 mark. */
export function displayName(name: string, grammar: NameGrammar): string {
  const stripped = name.replace(NOTE_MARK, '').replace(URL_IN_BRACKETS, '').replace(URL, '');
  const numbering = compileWords(grammar.itemNumbers);
  return (numbering ? stripped.replace(numbering, '') : stripped).replace(TRAILING, '').trim();
}

/** Comparison key of a name: folded, without spaces next to CJK, quotes or item number. */
export function nameKey(name: string, grammar: NameGrammar): string {
  return fold(displayName(name, grammar), grammar.spellings)
    .replace(/[「」『』“”"]/g, '')
    .replace(/\s*(\p{Script=Han})\s*/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
