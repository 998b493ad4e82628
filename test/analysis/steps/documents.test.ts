import { describe, expect, it } from 'vitest';
import { documentProduction } from '../../../src/analysis/steps/documents.js';
import { builtInWords } from '../../../src/words/load-words.js';

const words = builtInWords();

describe('documentProduction', () => {
  it('finds a document pattern anywhere in the label', () => {
    expect(documentProduction('承辦人擬辦簽稿', words)).toEqual({ phrase: '擬辦簽稿' });
  });

  it('finds a verb followed by a document noun in the same clause, quoting from the verb to the noun', () => {
    expect(documentProduction('承辦人撰寫計畫書後陳核', words)).toEqual({ phrase: '撰寫計畫書' });
    expect(documentProduction('撰寫，計畫書', words)).toBeUndefined();
  });

  it('quotes a long span as verb…noun', () => {
    const label = `彙編${'各單位提報之資料及附件'.repeat(3)}報告`;
    expect(documentProduction(label, words)).toEqual({ phrase: '彙編…報告' });
  });

  it('ignores what documentNotDocument masks, and plain process steps', () => {
    expect(documentProduction('依二階文件辦理', words)).toBeUndefined();
    expect(documentProduction('受理民眾陳情', words)).toBeUndefined();
  });
});
