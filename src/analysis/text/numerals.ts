// Numbers written in numerals (十五, 三十, 二十一) as well as in digits. The numerals are data
// (data/words/zh-TW/numerals.json: numeralDigits, numeralMultipliers).

import type { WordLists } from '../../engine/types.js';
import { listsAnalysis } from '../memo.js';
import { wordList } from '../word-lists.js';

export interface Numerals {
  /** 一 → 1, 兩 → 2… */
  digits: ReadonlyMap<string, number>;
  /** 十 → 10, 百 → 100: multiplies the digit before it (or 1). */
  multipliers: ReadonlyMap<string, number>;
}

/** numeral=value entries; an entry without a numeric value is left out. */
function valuesOf(entries: readonly string[]): Map<string, number> {
  const values = new Map<string, number>();
  for (const entry of entries) {
    const [numeral, value] = entry.split('=').map((s) => s.trim());
    if (numeral && value && Number.isFinite(Number(value))) values.set(numeral, Number(value));
  }
  return values;
}

export function numeralsOf(words: WordLists): Numerals {
  return { digits: valuesOf(wordList(words, 'numeralDigits')), multipliers: valuesOf(wordList(words, 'numeralMultipliers')) };
}

/** The numerals of a config's word lists: `analyses.get(numerals)`. */
export const numerals = listsAnalysis('numerals', ({ words }) => numeralsOf(words));

/** 5, 15, 十五, 三十, 二十一, five → a number (undefined when it is not one). */
export function parseNumber(text: string, { digits, multipliers }: Numerals): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  // A number written as one word (five, fifteen): the whole word.
  const word = digits.get(text.toLowerCase());
  if (word !== undefined && text.length > 1) return word;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const value = digits.get(ch);
    if (value !== undefined) {
      digit = value;
      continue;
    }
    const multiplier = multipliers.get(ch);
    if (multiplier === undefined) return undefined;
    total += (digit || 1) * multiplier;
    digit = 0;
  }
  return total + digit;
}
