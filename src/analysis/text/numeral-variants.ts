// One numbered name written with its number both as a digit and as a word in one SOP ("Stage 2"
// / "Stage Two"): the same name spelt two ways. A name is a capitalised noun followed by its
// number, a digit or a capitalised number word of the numerals' lists (numeralDigits, data per
// language: two=2). The spelling the SOP uses more for that noun (digits or words, over all its
// numbers: Stage One and Stage Two against Stage 2) is preferred.

import type { SopText } from '../../model/texts.js';
import type { VariantClash, VariantUse } from './hyphen-variants.js';
import { parseNumber, type Numerals } from './numerals.js';

/** A capitalised noun and the number after it: Stage 2, Stage Two, Step Forty-Five. */
const NUMBERED = /\b([A-Z][a-z]+)\s+(\d{1,3}|[A-Z][a-z]+(?:-[a-z]+)?)\b/g;

interface NumberedUse extends VariantUse {
  noun: string;
  value: number;
  inWords: boolean;
}

/** Every numbered name of the texts, with its noun and the value of its number. */
function numberedNames(texts: readonly SopText[], numerals: Numerals): NumberedUse[] {
  const uses: NumberedUse[] = [];
  for (const item of texts) {
    for (const m of item.text.matchAll(NUMBERED)) {
      const number = m[2]!;
      const inWords = !/^\d/.test(number);
      // A word counts only when it is one number as a whole (Two, not Tower).
      const value = inWords ? numerals.digits.get(number.toLowerCase()) : parseNumber(number, numerals);
      if (value === undefined) continue;
      uses.push({ item, written: m[0], noun: m[1]!.toLowerCase(), value, inWords });
    }
  }
  return uses;
}

/** Each numbered name written with a digit and with a word, with the uses of the spelling its noun has less. */
export function numeralVariants(texts: readonly SopText[], numerals: Numerals): VariantClash[] {
  const uses = numberedNames(texts, numerals);
  const clashes: VariantClash[] = [];
  const byName = new Map<string, NumberedUse[]>();
  for (const u of uses) {
    const key = `${u.noun} ${u.value}`;
    const same = byName.get(key);
    if (same) same.push(u);
    else byName.set(key, [u]);
  }
  for (const same of byName.values()) {
    const words = same.filter((u) => u.inWords);
    if (words.length === 0 || words.length === same.length) continue;
    // The noun's spelling over all its numbers (ties: digits, the shorter).
    const ofNoun = uses.filter((u) => u.noun === same[0]!.noun);
    const inWords = ofNoun.filter((u) => u.inWords).length > ofNoun.filter((u) => !u.inWords).length;
    const major = same.filter((u) => u.inWords === inWords);
    clashes.push({ preferred: major[0]!.written, others: same.filter((u) => u.inWords !== inWords).map(({ item, written }) => ({ item, written })) });
  }
  return clashes;
}
