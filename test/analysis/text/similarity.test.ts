import { describe, expect, it } from 'vitest';
import { closest, levenshtein, typoDistance } from '../../../src/analysis/text/similarity.js';

describe('levenshtein', () => {
  it('counts edits in code points: a CJK character is one edit', () => {
    expect(levenshtein('表揚事蹟表', '表揚事績表')).toBe(1);
    expect(levenshtein('owner', 'onwer')).toBe(2);
    expect(levenshtein('', '申請表')).toBe(3);
    expect(levenshtein('𠀀表', '表')).toBe(1);
  });
});

describe('typoDistance', () => {
  it('counts two neighbours typed the wrong way round as one edit, other edits as levenshtein does', () => {
    expect(typoDistance('dnoe', 'done')).toBe(1);
    expect(levenshtein('dnoe', 'done')).toBe(2);
    expect(typoDistance('onwer', 'owner')).toBe(1);
    expect(typoDistance('表揚事蹟表', '表揚事績表')).toBe(1);
    expect(typoDistance('', '申請表')).toBe(3);
    expect(typoDistance('abc', 'cba')).toBe(2);
  });
});

describe('closest', () => {
  it('takes the distance to use: with typoDistance a swapped pair in a short id is close enough', () => {
    expect(closest('dnoe', ['done', 'handle'])).toBeUndefined();
    expect(closest('dnoe', ['done', 'handle'], 0.4, typoDistance)).toBe('done');
  });

  it('suggests the nearest candidate within 40 % of the longer length, never the word itself', () => {
    expect(closest('onwer', ['owner', 'unique-id'])).toBe('owner');
    expect(closest('kpi-lnk', ['kpi-link', 'contact'])).toBe('kpi-link');
    expect(closest('owner', ['owner'])).toBeUndefined();
    expect(closest('abc', ['xyz'])).toBeUndefined();
  });

  it('ignores letter case when comparing', () => {
    expect(closest('OWNR', ['owner'])).toBe('owner');
  });
});
