import { describe, expect, it } from 'vitest';
import { fold, isHan, isLatin } from '../../../src/analysis/text/fold.js';

describe('fold', () => {
  it('reads brackets of every width, full-width ASCII and capitals alike, keeping every position', () => {
    const text = '受理登記表（第一聯）﹙紙本﹚ＡＢＣ Form';
    const folded = fold(text, []);
    // Full-width letters become ASCII letters of the same case (one pass: they are not lowered too).
    expect(folded).toBe('受理登記表(第一聯)(紙本)ABC form');
    expect(folded.length).toBe(text.length);
  });

  it('reads the given spellings as one (data: formsFoldSpellings)', () => {
    expect(fold('會議記錄表與記錄', [['記錄', '紀錄']])).toBe('會議紀錄表與紀錄');
    expect(fold('會議記錄表', [])).toBe('會議記錄表');
  });
});

describe('character classes', () => {
  it('tells Han and Latin characters', () => {
    expect([isHan('表'), isHan('a'), isHan(undefined)]).toEqual([true, false, false]);
    expect([isLatin('a'), isLatin('Z'), isLatin('表'), isLatin(undefined)]).toEqual([true, true, false, false]);
  });
});
