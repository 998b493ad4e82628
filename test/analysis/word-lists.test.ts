import { describe, expect, it } from 'vitest';
import { wordList } from '../../src/analysis/word-lists.js';
import { WORD_LIST_NAMES } from '../../src/words/list-names.js';
import { builtInWords } from '../../src/words/load-words.js';
import { wordListsWith } from '../helpers/word-lists.js';

describe('wordList', () => {
  it('reads a list by name', () => {
    expect(wordList(wordListsWith({ formsNouns: ['表', '單'] }), 'formsNouns')).toEqual(['表', '單']);
  });

  it('has every known list in the built-in lists: no name falls back to an empty list', () => {
    // A misspelt name does not compile (test/words/list-names.test.ts).
    const words = builtInWords();
    expect(WORD_LIST_NAMES.filter((name) => !Array.isArray(wordList(words, name)))).toEqual([]);
  });
});
