import { describe, expect, it } from 'vitest';
import { compileWords, findWords, firstWord, wordAt } from '../../../src/analysis/text/word-match.js';

describe('compileWords', () => {
  it('compiles a list into one alternation, longest literal first, /…/ entries as patterns', () => {
    const regex = compileWords(['審查', '審查會議', '/擬.*稿/'])!;
    expect(findWords('召開審查會議後擬函稿', ['審查', '審查會議', '/擬.*稿/']).map((h) => h.word)).toEqual(['審查會議', '擬函稿']);
    expect(regex.flags).toBe('giu');
  });

  it('compiles a list once: the same list gives the same RegExp; an empty list gives none', () => {
    const list = ['表', '單'];
    expect(compileWords(list)).toBe(compileWords(list));
    expect(compileWords([])).toBeNull();
  });

  it('escapes literal words', () => {
    expect(findWords('a.b axb', ['a.b'])).toEqual([{ word: 'a.b', index: 0 }]);
  });
});

describe('finding words', () => {
  it('finds every hit in order, the first hit, and a hit at an index', () => {
    expect(findWords('Form and FORM', ['form'])).toEqual([
      { word: 'Form', index: 0 },
      { word: 'FORM', index: 9 },
    ]);
    expect(firstWord('填寫申請表', ['申請', '表'])).toEqual({ word: '申請', index: 2 });
    expect(wordAt('填寫申請表', ['申請'], 2)).toEqual({ word: '申請', index: 2 });
    expect(wordAt('填寫申請表', ['申請'], 1)).toBeUndefined();
    expect(firstWord('填寫', [])).toBeUndefined();
  });

  it('reads a hit at an index as the search from there does: the same alternative, lookbehinds seeing the text before it, never half of a character', () => {
    const list = ['審查', '審查會議', '/(?<=召開)會議/'];
    expect(wordAt('召開審查會議', list, 2)).toEqual({ word: '審查會議', index: 2 });
    expect(wordAt('召開會議', list, 2)).toEqual({ word: '會議', index: 2 });
    expect(wordAt('舉行會議', list, 2)).toBeUndefined();
    expect(wordAt('x😀', ['😀'], 2)).toBeUndefined();
    expect(wordAt('審查', list, 5)).toBeUndefined();
  });
});
