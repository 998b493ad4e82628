import { describe, expect, it } from 'vitest';
import { wordList } from '../../src/analysis/word-lists.js';

describe('wordList', () => {
  it('reads a list by name, and an unknown list as empty', () => {
    const words = { formsNouns: ['表', '單'] };
    expect(wordList(words, 'formsNouns')).toEqual(['表', '單']);
    expect(wordList(words, 'formsNoSuchList')).toEqual([]);
  });
});
