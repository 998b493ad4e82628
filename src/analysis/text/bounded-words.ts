// Word-list hits that respect Latin word boundaries: `form` is not a word of `inform`. CJK has no
// such boundaries, so a CJK hit always counts.

import { isLatin } from './fold.js';
import { findWords, wordAt, type WordHit } from './word-match.js';

/** Whether the hit sits inside no longer Latin word. */
export function bounded(text: string, hit: WordHit): boolean {
  const first = hit.word[0];
  const last = hit.word[hit.word.length - 1];
  if (isLatin(first) && isLatin(text[hit.index - 1])) return false;
  if (isLatin(last) && isLatin(text[hit.index + hit.word.length])) return false;
  return true;
}

/** Every hit of the list in the text, Latin-bounded. */
export function boundedHits(text: string, words: readonly string[]): WordHit[] {
  return words.length > 0 ? findWords(text, words).filter((h) => bounded(text, h)) : [];
}

/** The hit of the list that starts at `index` (longest first), if any, Latin-bounded. */
export function boundedHitAt(text: string, words: readonly string[], index: number): WordHit | undefined {
  const hit = words.length > 0 ? wordAt(text, words, index) : undefined;
  return hit && bounded(text, hit) ? hit : undefined;
}

/** Whether the whole text is one word of the list (a bounded hit at its start, as long as it). */
export function isWholeListWord(text: string, words: readonly string[]): boolean {
  return boundedHitAt(text, words, 0)?.word.length === text.length;
}
