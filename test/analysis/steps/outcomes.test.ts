import { describe, expect, it } from 'vitest';
import { isBareOutcome, isOutcomeLabel, isRejectLabel, saysNo, startsWithWord } from '../../../src/analysis/steps/outcomes.js';
import { builtInWords } from '../../../src/words/load-words.js';

const words = builtInWords();

describe('branch labels', () => {
  it('reads outcomes and conditions as outcome labels, actions not', () => {
    expect(isOutcomeLabel('同意', words)).toBe(true);
    expect(isOutcomeLabel('10萬元以上', words)).toBe(true);
    expect(isOutcomeLabel('Yes', words)).toBe(true);
    expect(isOutcomeLabel('送會計室', words)).toBe(false);
  });

  it('takes a label that is nothing but an outcome word as bare', () => {
    expect(isBareOutcome('「否」', words)).toBe(true);
    expect(isBareOutcome('No', words)).toBe(true);
    expect(isBareOutcome('否，退回', words)).toBe(false);
    // The same outcome in two languages (a bilingual chart): 「是 Yes」.
    expect(isBareOutcome('是 Yes', words)).toBe(true);
    expect(isBareOutcome('否／No', words)).toBe(true);
    expect(isBareOutcome('否 No 退回', words)).toBe(false);
    expect(isBareOutcome('No reply', words)).toBe(false);
    expect(isBareOutcome('', words)).toBe(false);
  });

  it('tells rejections: words that say no anywhere, or a bare 否 / No', () => {
    expect(saysNo('退回承辦人修正', words)).toBe(true);
    expect(saysNo('送會計室', words)).toBe(false);
    expect(isRejectLabel('否', words)).toBe(true);
    expect(isRejectLabel('No', words)).toBe(true);
    expect(isRejectLabel('是', words)).toBe(false);
  });
});

describe('startsWithWord', () => {
  it('holds when the trimmed text starts with a hit of the list', () => {
    expect(startsWithWord('  同意者', ['同意'])).toBe(true);
    expect(startsWithWord('不同意', ['同意'])).toBe(false);
  });
});
