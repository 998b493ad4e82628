import { describe, expect, it } from 'vitest';
import { candidates } from '../../../src/analysis/forms/candidates.js';
import { nounHits } from '../../../src/analysis/forms/nouns.js';
import type { Field } from '../../../src/analysis/forms/types.js';
import { contextOf, lists, scanOf } from './form-fixtures.js';

function namesIn(text: string, options: Partial<Field> = {}, ...listed: string[]) {
  const scan = scanOf(text, options);
  return candidates(scan, nounHits(scan.text, lists), contextOf(...listed)).map((m) => [m.raw, m.relation, m.strength]);
}

describe('candidates', () => {
  it('reads a name back to the last cut word, and rates a name produced by a verb highest after a quoted one', () => {
    expect(namesIn('承辦人撰擬年度工作報告')).toEqual([['年度工作報告', 'unlisted', 3]]);
    expect(namesIn('送「會議紀錄表」')).toEqual([['會議紀錄表', 'unlisted', 4]]);
  });

  it('keeps a verb that also names documents inside the name after a short word (版本修訂紀錄表)', () => {
    expect(namesIn('填寫版本修訂紀錄表')).toEqual([['版本修訂紀錄表', 'unlisted', 3]]);
  });

  it('rates a name that ends the label, or a trailing verb after it, as set off', () => {
    expect(namesIn('送會計室核銷之出差旅費報告表')).toEqual([['出差旅費報告表', 'unlisted', 1]]);
    expect(namesIn('維護契約簽訂')).toEqual([['維護契約', 'unlisted', 1]]);
  });

  it('reports no unquoted name in a start step (a trigger from outside), nor a bare noun', () => {
    expect(namesIn('民眾填寫陳情書', { unquotedUnlisted: false })).toEqual([]);
    expect(namesIn('填寫表格')).toEqual([]);
  });

  it('reads no unlisted form after a verb of receiving, but keeps that verb inside a name (領取單)', () => {
    expect(namesIn('並領取報案三聯單')).toEqual([]);
    expect(namesIn('依實填寫領取單並簽名')).toEqual([['領取單', 'unlisted', 3]]);
  });

  it('sets a name off by what follows it: a verb acting on it, a copy word, 等 and a kind of paper, a short name, a heading colon', () => {
    expect(namesIn('資格審核表應送交人事室')).toEqual([['資格審核表', 'unlisted', 1]]);
    expect(namesIn('簽署捐贈同意書等相關文件')).toEqual([['捐贈同意書', 'unlisted', 1]]);
    expect(namesIn('於拾得遺失物登記簿(以下簡稱登記簿)登記')).toEqual([['拾得遺失物登記簿', 'unlisted', 1]]);
    expect(namesIn('休退學登記表:同學請於本表單登記')).toEqual([['休退學登記表', 'unlisted', 1]]);
    expect(namesIn('送交申請審核表至人事室')).toEqual([]);
  });

  it('counts a name as more than its noun by the one-character noun that ends it (結|報表)', () => {
    expect(namesIn('編製結報表')).toEqual([['結報表', 'unlisted', 3]]);
    expect(namesIn('編製報表')).toEqual([]);
  });

  it('relates a candidate to the listed forms (see classify)', () => {
    expect(namesIn('申請單(上聯)', { document: true }, '嘉義市政府電子郵件信箱使用暨異動申請表')).toEqual([['申請單(上聯)', 'short', 2]]);
  });

  it('in prose, takes only quoted names or specific names set off', () => {
    expect(namesIn('請於期限內填寫申請表', { guidance: true })).toEqual([]);
    expect(namesIn('按月提送落後案件彙整報表', { guidance: true })).toEqual([['落後案件彙整報表', 'unlisted', 1]]);
  });
});
