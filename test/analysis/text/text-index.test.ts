import { describe, expect, it } from 'vitest';
import { procedureHit } from '../../../src/analysis/steps/procedures.js';
import { breakTable, hasContent, openQuotes } from '../../../src/analysis/text/text-index.js';
import { readWord } from '../../../src/analysis/text/word-reading.js';
import { builtInWords } from '../../../src/words/load-words.js';

const words = builtInWords();

describe('text index', () => {
  it('gives the last break before and the first break from each offset', () => {
    const text = '甲，乙丙，丁';
    const table = breakTable(text, (i) => text[i] === '，');
    expect([...table.before]).toEqual([-1, -1, 1, 1, 1, 4, 4]);
    expect([...table.from]).toEqual([1, 1, 4, 4, 4, 6, 6]);
  });

  it('knows which offsets are inside quotation marks, and straight quotes by their count', () => {
    expect([...openQuotes('a「b」c"d"', [['「', '」']])]).toEqual([0, 0, 1, 1, 0, 0, 1, 1, 0]);
  });

  it('finds a letter or digit in a range, a character outside the BMP whole', () => {
    expect(hasContent('，，甲', 0, 2)).toBe(false);
    expect(hasContent('，，甲', 0, 3)).toBe(true);
    expect(hasContent('，𠀀', 1, 2)).toBe(false);
    expect(hasContent('，𠀀', 1, 3)).toBe(true);
  });
});

describe('reading words in a long label', () => {
  // One clause repeated until the label is thousands of characters long: each hit far into it
  // reads as the same hit in the clause alone (the reading works per sentence and clause).
  it('reads a hit far into the label as in its own clause', () => {
    const clause = '得辦理採購作業系統，';
    const long = clause.repeat(800);
    const hit = clause.indexOf('採購');
    const alone = readWord(clause, hit, hit + 2, words);
    for (const at of [0, 400, 799]) {
      const start = at * clause.length + hit;
      expect(readWord(long, start, start + 2, words)).toEqual(alone);
    }
  });

  it('finds no procedure in a long label of permitted or modifying procedure words, and the first one it acts on', () => {
    expect(procedureHit('得採購及'.repeat(3000), words)).toBeUndefined();
    expect(procedureHit(`${'採購作業系統'.repeat(2000)}。辦理招標`, words)).toBe('招標');
  });
});
