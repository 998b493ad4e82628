import { describe, expect, it } from 'vitest';
import { approvalHit, judgmentHits } from '../../../src/analysis/steps/judgments.js';
import { builtInWords } from '../../../src/words/load-words.js';

const words = builtInWords();

describe('judgmentHits', () => {
  it('finds questions, judgments, reviews and approvals in text order', () => {
    expect(judgmentHits('初審後判斷是否核定', words).map((h) => [h.word, h.kind])).toEqual([
      ['初審', 'review'],
      ['判斷', 'judgment'],
      ['是否', 'question'],
      ['核定', 'approval'],
    ]);
  });

  it('leaves out meetings and committees (decisionNotJudgment)', () => {
    expect(judgmentHits('送評審小組', words)).toEqual([]);
    expect(judgmentHits('召開審查會議', words)).toEqual([]);
  });

  it('leaves out an approval given by an outside body named earlier in the clause', () => {
    expect(judgmentHits('報請行政院核定', words)).toEqual([]);
    expect(judgmentHits('行政院來函，本府核定', words).map((h) => h.word)).toEqual(['核定']);
  });

  it('reads English labels too', () => {
    expect(judgmentHits('The chief reviews the request', words).map((h) => [h.word, h.kind])).toEqual([['reviews', 'review']]);
  });
});

describe('approvalHit', () => {
  it('is the first word of a step that can say no: an approval or a review', () => {
    expect(approvalHit('判斷後簽核', words)).toEqual({ word: '簽核', index: 3, kind: 'approval' });
    expect(approvalHit('判斷案件類別', words)).toBeUndefined();
  });
});
