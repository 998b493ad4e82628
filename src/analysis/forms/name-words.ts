// A form's name read as words: the noun it ends with (表, 格式; form) and the words that qualify
// that noun (辦理 情形 追蹤; leave request), from the process's one word segmenter
// (i18n/word-segmenter.ts). Words that say nothing about which form it is are left out: the city
// prefix, determiners, operation verbs and generic modifiers (formsGenericModifiers,
// formsCutWords, formsModifierVerbs), class nouns (文件, 資料), single Han characters, numbers.

import { wordSegmenter } from '../../i18n/word-segmenter.js';
import { isWholeListWord } from '../text/bounded-words.js';
import { isHan } from '../text/fold.js';
import type { FormLists } from './form-lists.js';
import { stripPrefix } from './listed-forms.js';
import { nounHits } from './nouns.js';
import type { NameReader, NameWords } from './types.js';

export type { NameReader, NameWords } from './types.js';

/** Whether a word says which form it is (not a determiner, verb of handling, class noun, number). */
function informative(word: string, lists: FormLists): boolean {
  if (isHan(word[0]) ? word.length < 2 : word.length < 3 || !/\p{L}/u.test(word)) return false;
  return !isWholeListWord(word, lists.generic) && !isWholeListWord(word, lists.modifiers) && !isWholeListWord(word, lists.classNouns);
}

/**
 * A reader for one SOP's form analysis: each name is read once (a listed form is compared with
 * every unlisted name of the SOP). Kept per SOP, not per process: SOPs share no memory of names.
 */
export function nameReader(lists: FormLists): NameReader {
  const known = new Map<string, NameWords | undefined>();
  return (key) => {
    if (known.has(key)) return known.get(key);
    const read = readNameWords(key, lists);
    known.set(key, read);
    return read;
  };
}

function readNameWords(key: string, lists: FormLists): NameWords | undefined {
  // A bracket after the noun is no part of what the name is (申請單(上聯)).
  const name = stripPrefix(key.trim().replace(/\s*[(（][^()（）]*[)）]$/u, ''), lists);
  const segments = [...wordSegmenter().segment(name)].filter((s) => s.isWordLike);
  const last = segments[segments.length - 1];
  if (!last) return undefined;
  const hit = nounHits(name, lists).find((h) => h.index + h.word.length === name.length);
  const nounStart = hit ? hit.index : last.index;
  const noun = name.slice(nounStart).toLowerCase();
  // A word that runs into the noun (明細表, 申請單: one word to the segmenter) keeps its part before it.
  const words = segments
    .filter((s) => s.index < nounStart)
    .map((s) => s.segment.slice(0, nounStart - s.index).toLowerCase())
    .filter((w) => informative(w, lists));
  return { name: name.toLowerCase(), noun, formNoun: hit !== undefined && !hit.ref, words };
}

/**
 * Whether two names end with the same noun, or one's noun is the other's noun before a last form
 * noun (維護合約 / 維護合約書: the contract and its document).
 */
export function sameNoun(a: NameWords, b: NameWords): boolean {
  if (a.noun === b.noun || singular(a.noun) === singular(b.noun)) return true;
  const endsWithBoth = (x: NameWords, y: NameWords): boolean => y.formNoun && y.name.endsWith(x.noun + y.noun) && y.noun.length === 1;
  return endsWithBoth(a, b) || endsWithBoth(b, a);
}

/** A Latin noun without its plural -s (forms → form); a Han noun as it is. */
const singular = (noun: string): string => (/^[a-z]{4,}$/.test(noun) && noun.endsWith('s') ? noun.slice(0, -1) : noun);

/** The words of `a` that `b` also has. */
export function sharedWords(a: NameWords, b: NameWords): string[] {
  const other = new Set(b.words);
  return a.words.filter((w) => other.has(w));
}
