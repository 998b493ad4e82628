import { describe, expect, it } from 'vitest';
import { nameReader, sameNoun, sharedWords } from '../../../src/analysis/forms/name-words.js';
import { lists } from './form-fixtures.js';

const words = (key: string) => nameReader(lists)(key)!;

describe('nameReader', () => {
  it('reads the noun the name ends with and the words that qualify it, without the city prefix', () => {
    expect(words('嘉義市政府人民陳情案件後續（逾期）追蹤表')).toMatchObject({ noun: '表', formNoun: true, words: ['人民', '陳情', '案件', '後續', '逾期', '追蹤'] });
    // The segmenter reads 明細表 as one word; the form noun is still 表, and 明細 qualifies it.
    expect(words('年度經費分配明細表')).toMatchObject({ noun: '表', words: ['年度', '經費', '分配', '明細'] });
    expect(words('落後案件彙整報表')).toMatchObject({ noun: '報表', words: ['落後', '案件'] });
  });

  it('leaves out single characters, class nouns, generic words and a bracket after the noun', () => {
    expect(words('計畫書草案格式').words).toEqual(['計畫', '草案']);
    expect(words('申請單(上聯)')).toMatchObject({ noun: '單', words: ['申請'] });
  });

  it('reads English names the same way, in lower case', () => {
    expect(words('Leave Request Form')).toMatchObject({ noun: 'form', words: ['leave', 'request'] });
    // A class noun before the noun (application) says what kind of paper, not which form.
    expect(words('the leave application form')).toMatchObject({ noun: 'form', words: ['leave'] });
  });

  it('takes the last word as the noun when no form noun ends the name (the act: 文件制訂/修訂/廢止申請)', () => {
    expect(words('文件制訂/修訂/廢止申請')).toMatchObject({ noun: '申請', formNoun: false });
  });
});

describe('sharedWords and sameNoun', () => {
  it('finds the qualifying words two names share', () => {
    expect(sharedWords(words('辦理情形追蹤表'), words('嘉義市政府人民陳情案件後續（逾期）追蹤表'))).toEqual(['追蹤']);
    expect(sharedWords(words('leave application form'), words('Leave Request Form'))).toEqual(['leave']);
  });

  it('same noun: equal, or a noun before its one-character document noun (合約 / 合約書); 報表 is not 表', () => {
    expect(sameNoun(words('年度施政計畫格式'), words('計畫書草案格式'))).toBe(true);
    expect(sameNoun(words('維護合約'), words('維護合約書'))).toBe(true);
    expect(sameNoun(words('落後案件彙整報表'), words('查核點填寫方式彙整表'))).toBe(false);
    expect(sameNoun(words('申請補助計畫書'), words('申請計畫總表'))).toBe(false);
  });
});
