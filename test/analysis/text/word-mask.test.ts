import { describe, expect, it } from 'vitest';
import { MASK_CHAR, maskWords } from '../../../src/analysis/text/word-mask.js';
import { findWords } from '../../../src/analysis/text/word-match.js';

describe('maskWords', () => {
  it('blanks out the hits of a list, one mask character per unit, so that positions stay', () => {
    const text = '送評審小組評審';
    const masked = maskWords(text, ['評審小組']);
    expect(masked).toBe(`送${MASK_CHAR.repeat(4)}評審`);
    expect(findWords(masked, ['評審'])).toEqual([{ word: '評審', index: 5 }]);
  });

  it('leaves the text alone with an empty list', () => {
    expect(maskWords('評審', [])).toBe('評審');
  });
});
