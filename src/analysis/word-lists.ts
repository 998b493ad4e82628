// Reading a word list by name (data/words/<lang>/*.json, merged with the config's `words`).

import type { WordLists } from '../engine/types.js';

const NONE: readonly string[] = [];

/** The list of that name; a list that no language defines is empty. */
export function wordList(words: WordLists, name: string): readonly string[] {
  return words[name] ?? NONE;
}
