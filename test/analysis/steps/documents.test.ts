import { describe, expect, it } from 'vitest';
import { documentProduction } from '../../../src/analysis/steps/documents.js';
import { builtInWords } from '../../../src/words/load-words.js';

const words = builtInWords();

describe('documentProduction', () => {
  it('finds a document pattern anywhere in the label', () => {
    expect(documentProduction('承辦人擬辦簽稿', words)).toEqual({ phrase: '擬辦簽稿', start: 3, end: 7 });
  });

  it('finds a verb followed by a document noun in the same clause, quoting from the verb to the noun', () => {
    expect(documentProduction('承辦人撰寫計畫書後陳核', words)).toEqual({ phrase: '撰寫計畫書', start: 3, end: 8 });
    expect(documentProduction('撰寫，計畫書', words)).toBeUndefined();
  });

  it('quotes a long span as verb…noun', () => {
    const label = `彙編${'各單位提報之資料及附件'.repeat(3)}報告`;
    expect(documentProduction(label, words)).toMatchObject({ phrase: '彙編…報告', start: 0, end: label.length });
  });

  it('finds a document noun put before the verb that ends its clause (證書製作), and 列印, 開立, 繕印', () => {
    expect(documentProduction('證書製作', words)).toMatchObject({ phrase: '證書製作' });
    expect(documentProduction('輸入電腦列印訂購單', words)).toMatchObject({ phrase: '列印訂購單' });
    expect(documentProduction('開立勒令停工通知書1式5份', words)).toMatchObject({ phrase: '開立勒令停工通知書' });
    expect(documentProduction('人事室繕印教師聘書', words)).toMatchObject({ phrase: '繕印教師聘書' });
  });

  it('leaves a producing verb that is an option or part of a name', () => {
    expect(documentProduction('亦得依需求，於系統截圖、下載或列印審核結果表', words)).toBeUndefined();
    expect(documentProduction('於【學生請假-列印假單證明聯】查詢', words)).toBeUndefined();
  });

  it('ignores what documentNotDocument masks, and plain process steps', () => {
    expect(documentProduction('依二階文件辦理', words)).toBeUndefined();
    expect(documentProduction('受理民眾陳情', words)).toBeUndefined();
  });
});
