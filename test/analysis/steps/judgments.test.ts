import { describe, expect, it } from 'vitest';
import { approvalHit, judgmentHits } from '../../../src/analysis/steps/judgments.js';
import { builtInWords } from '../../../src/words/load-words.js';

const words = builtInWords();

describe('judgmentHits', () => {
  it('finds questions, judgments, reviews and approvals in text order', () => {
    expect(judgmentHits('判斷是否核定；主管審查', words).map((h) => [h.word, h.kind])).toEqual([
      ['判斷', 'judgment'],
      ['是否', 'question'],
      ['核定', 'approval'],
      ['審查', 'review'],
    ]);
  });

  it('reads each word in its clause: a judgment made before, a modifier, a basis or a name is not this step\'s', () => {
    expect(judgmentHits('初審後判斷是否核定', words).map((h) => h.word)).toEqual(['判斷', '是否', '核定']);
    for (const label of ['依審定結果辦理', '按核准之計畫執行', '經核可後送出', '對照核定圖說查驗', '承辦初審人員經審核無誤時，即送辦理登錄', '於「審查表」簽名']) {
      expect(judgmentHits(label, words), label).toEqual([]);
    }
  });

  it('marks a judgment the step sends out rather than gives (陳核, 送請核准, "send … for approval")', () => {
    expect(judgmentHits('系統依准假權責送請核准', words).map((h) => [h.word, h.routed])).toEqual([['核准', true]]);
    expect(judgmentHits('承辦人陳核', words).map((h) => [h.word, h.kind, h.routed])).toEqual([['陳核', 'routing', true]]);
    expect(judgmentHits('首長核定', words).map((h) => h.routed)).toEqual([false]);
  });

  it('finds a config\'s /regex/ entries that cannot share one pattern with the other lists (a group name used twice, a numbered group)', () => {
    const named = { ...words, decisionReviewVerbs: [...words.decisionReviewVerbs, '/(?<aNotA>複驗)/'] };
    expect(judgmentHits('科長複驗申請案', named).map((h) => [h.word, h.kind])).toEqual([['複驗', 'review']]);
    const numbered = { ...words, decisionJudgmentVerbs: ['/(勘)(查)\\2/'] };
    expect(judgmentHits('技士勘查查現場', numbered).map((h) => [h.word, h.kind])).toEqual([['勘查查', 'judgment']]);
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
    expect(judgmentHits('Documentation of each review is filed after the scheduled review', words)).toEqual([]);
    expect(judgmentHits('Analysts will perform the first review', words).map((h) => h.word)).toEqual(['review']);
  });
});

describe('approvalHit', () => {
  it('is the first word of a step that can say no: an approval or a review', () => {
    expect(approvalHit('判斷後簽核', words)).toEqual({ word: '簽核', index: 3, kind: 'approval', routed: false });
    expect(approvalHit('判斷案件類別', words)).toBeUndefined();
  });
});
