// Word lists for unit tests of analyses: a WordLists names every known list, so a test gives
// the lists it cares about and every other one is empty.

import { WORD_LIST_NAMES, type WordListAdditions, type WordLists } from '../../src/words/list-names.js';

export function wordListsWith(lists: WordListAdditions = {}): WordLists {
  return { ...(Object.fromEntries(WORD_LIST_NAMES.map((name) => [name, []])) as unknown as WordLists), ...lists };
}
