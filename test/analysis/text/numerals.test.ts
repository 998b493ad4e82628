import { describe, expect, it } from 'vitest';
import { numeralsOf, parseNumber } from '../../../src/analysis/text/numerals.js';
import { builtInWords } from '../../../src/words/load-words.js';
import { wordListsWith } from '../../helpers/word-lists.js';

const numerals = numeralsOf(builtInWords());

describe('parseNumber', () => {
  it('reads Arabic and Chinese numerals', () => {
    expect(parseNumber('15', numerals)).toBe(15);
    expect(parseNumber('十五', numerals)).toBe(15);
    expect(parseNumber('三十', numerals)).toBe(30);
    expect(parseNumber('二十一', numerals)).toBe(21);
    expect(parseNumber('五', numerals)).toBe(5);
    expect(parseNumber('日', numerals)).toBeUndefined();
  });

  it('reads 兩, hundreds and decimals', () => {
    expect(parseNumber('兩', numerals)).toBe(2);
    expect(parseNumber('一百二十', numerals)).toBe(120);
    expect(parseNumber('百', numerals)).toBe(100);
    expect(parseNumber('1.5', numerals)).toBe(1.5);
  });

  it('knows only the numerals it is given (data, not code)', () => {
    const custom = numeralsOf(wordListsWith({ numeralDigits: ['uno=1', 'dos=2', 'x=abc'], numeralMultipliers: ['十=10'] }));
    expect(custom.digits.get('dos')).toBe(2);
    expect(custom.digits.has('x')).toBe(false);
    expect(parseNumber('二', custom)).toBeUndefined();
    expect(parseNumber('十', custom)).toBe(10);
  });
});
