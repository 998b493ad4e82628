// One address, two names: the name a text gives a system or site right before its web address
// (「研考會管考系統(http://gpmnet.nat.gov.tw/)」) against the name the forms list (四、使用表格) gives
// the same address (「基本設施管考系統(http://gpmnet.nat.gov.tw/)…」). form-name reports a text
// that names a listed address with another qualifier before the same head words (…管考系統).
// Words come from the process's one word segmenter (i18n/word-segmenter.ts), so the comparison is
// by words in both languages.

import { wordSegmenter } from '../../i18n/word-segmenter.js';

/** A web address in running text: up to a space, a bracket, a quote or CJK punctuation. */
const ADDRESS = /https?:\/\/[^\s()（）「」『』<>〈〉，。；、,;]+/giu;
/** What may stand between a name and its address: brackets, a colon, the word 網址 / "at". */
const BEFORE_ADDRESS = /(?:[\s(（:：]|網址|at\b|URL)+$/iu;

export interface AddressName {
  /** The address as written. */
  url: string;
  /** The address compared: lower case, without a trailing slash or full stop. */
  key: string;
  /** The text before the address, up to the start of the text, without what links it (「(」, 網址). */
  before: string;
}

export function addressKey(url: string): string {
  return url.toLowerCase().replace(/[./]+$/u, '');
}

/** Every web address of a text, with the text before it. */
export function addressNames(text: string): AddressName[] {
  const found: AddressName[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const url = m[0].replace(/[.]+$/u, '');
    found.push({ url, key: addressKey(url), before: text.slice(0, m.index).replace(BEFORE_ADDRESS, '') });
  }
  return found;
}

interface Word {
  /** The word, or undefined for punctuation (a break). */
  word: string | undefined;
  index: number;
}

/** The word segments of a text, punctuation marked as breaks; spaces between words dropped. */
function words(text: string): Word[] {
  return [...wordSegmenter().segment(text)].filter((s) => s.isWordLike || s.segment.trim() !== '').map((s) => ({ word: s.isWordLike ? s.segment : undefined, index: s.index }));
}

/** The words of the name before an address: back to the last break. */
function trailingNameWords(before: string): Word[] {
  const all = words(before);
  let start = all.length;
  while (start > 0 && all[start - 1]!.word !== undefined) start--;
  return all.slice(start);
}

/** The name a forms entry gives its address, as written (基本設施管考系統). */
export function listedName(listedBefore: string): string {
  const name = trailingNameWords(listedBefore);
  return name.length === 0 ? '' : listedBefore.slice(name[0]!.index).trim();
}

/**
 * The name a text gives a listed address when it is another name: the same head words at the end
 * (管考系統) after another qualifier (研考會 for 基本設施). Undefined when the text ends with the
 * listed name, when the two share no head of two characters or more, or when either has no
 * qualifier (a short name or a longer one is not two names). `leadIns` (進入, 使用, visit…) end
 * the qualifier, as a break does.
 */
export function otherName(before: string, listedBefore: string, leadIns: ReadonlySet<string>): string | undefined {
  const name = listedName(listedBefore);
  if (name.length === 0 || before.toLowerCase().endsWith(name.toLowerCase())) return undefined;
  const listed = trailingNameWords(listedBefore).map((w) => w.word!.toLowerCase());
  const mine = words(before);
  const same = (i: number): boolean => mine[mine.length - 1 - i]?.word?.toLowerCase() === listed[listed.length - 1 - i];
  let tail = 0;
  while (tail < listed.length && same(tail)) tail++;
  const listedQualifier = listed.length - tail;
  if (listed.slice(listedQualifier).join('').length < 2 || listedQualifier === 0) return undefined;
  let start = mine.length - tail;
  while (start > 0 && mine.length - tail - start < listedQualifier) {
    const word = mine[start - 1]!.word;
    if (word === undefined || leadIns.has(word.toLowerCase())) break;
    start--;
  }
  if (start === mine.length - tail) return undefined;
  return before.slice(mine[start]!.index).trim();
}
