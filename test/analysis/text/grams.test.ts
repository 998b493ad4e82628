import { describe, expect, it } from 'vitest';
import { bigrams, isSubsequence } from '../../../src/analysis/text/grams.js';

describe('bigrams', () => {
  it('lists each pair of neighbouring characters once', () => {
    expect([...bigrams('清查清查表')]).toEqual(['清查', '查清', '查表']);
    expect(bigrams('表').size).toBe(0);
  });
});

describe('isSubsequence', () => {
  it('holds when the characters occur in order, with others between', () => {
    expect(isSubsequence('列管項目表', '年度新增計畫類列管項目表')).toBe(true);
    expect(isSubsequence('計畫表', '計畫類列管項目表')).toBe(true);
    expect(isSubsequence('表計畫', '計畫類列管項目表')).toBe(false);
    expect(isSubsequence('', '表')).toBe(true);
  });
});
