// Reading a word list by name (data/words/<lang>/*.json, merged with the config's `words`).

import type { WordListName, WordLists } from '../engine/types.js';

/** The list of that name (a known name: src/words/list-names.ts, generated from the data). */
export function wordList(words: WordLists, name: WordListName): readonly string[] {
  return words[name];
}
