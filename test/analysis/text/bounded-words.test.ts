import { describe, expect, it } from 'vitest';
import { bounded, boundedHitAt, boundedHits } from '../../../src/analysis/text/bounded-words.js';

describe('bounded word hits', () => {
  it('takes no Latin word inside a longer one', () => {
    expect(boundedHits('inform the form owner', ['form'])).toEqual([{ word: 'form', index: 11 }]);
    expect(bounded('forms', { word: 'form', index: 0 })).toBe(false);
  });

  it('takes every CJK hit: CJK has no word boundaries to respect', () => {
    expect(boundedHits('申請表單', ['表'])).toEqual([{ word: '表', index: 2 }]);
  });

  it('finds a hit only where it starts at the index', () => {
    expect(boundedHitAt('填寫申請表', ['填寫', '申請'], 0)).toEqual({ word: '填寫', index: 0 });
    expect(boundedHitAt('填寫申請表', ['申請'], 0)).toBeUndefined();
    expect(boundedHitAt('reform', ['form'], 2)).toBeUndefined();
  });

  it('finds nothing with an empty list', () => {
    expect(boundedHits('申請表', [])).toEqual([]);
    expect(boundedHitAt('申請表', [], 0)).toBeUndefined();
  });
});
