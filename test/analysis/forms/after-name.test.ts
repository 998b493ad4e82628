import { describe, expect, it } from 'vitest';
import { actedOnAfter, markedObject, nameEnd, namedAsPaper } from '../../../src/analysis/forms/after-name.js';
import { lists } from './form-fixtures.js';

/** Where the name `name` ends in `text`. */
const endOf = (text: string, name: string): number => text.indexOf(name) + name.length;

describe('nameEnd', () => {
  it('takes a short bracket into the name, and reads a bracket that gives it a short name as a mark, not part of it', () => {
    expect(nameEnd('申請單(上聯)送出', 3, lists)).toEqual({ end: 7, defined: false });
    const text = '拾得遺失物登記簿(以下簡稱拾得遺失物登記簿)登記';
    expect(nameEnd(text, 8, lists)).toEqual({ end: 8, defined: true });
  });

  it('leaves a long bracket that only explains the name outside it', () => {
    expect(nameEnd('申請表(詳如作業要點第三點所定格式及欄位)內', 3, lists)).toEqual({ end: 3, defined: false });
    expect(nameEnd('申請表送出', 3, lists)).toEqual({ end: 3, defined: false });
  });
});

describe('actedOnAfter', () => {
  it('finds a verb that acts on the name right after it, past auxiliaries', () => {
    expect(actedOnAfter('維護契約簽訂', 4, lists)).toBe(true);
    expect(actedOnAfter('資格審核表應送交人事室', 5, lists)).toBe(true);
    const english = 'a Travel Claim form must be submitted to the office';
    expect(actedOnAfter(english, endOf(english, 'form'), lists)).toBe(true);
  });

  it('not a verb further on, nor a noun after the name', () => {
    expect(actedOnAfter('申請表內容審核後送交', 3, lists)).toBe(false);
    const english = 'the request form is missing and must be sent';
    expect(actedOnAfter(english, endOf(english, 'form'), lists)).toBe(false);
  });
});

describe('namedAsPaper', () => {
  it('reads a copy of the name (正本, 影本) or an enumeration of papers it closes (等相關文件) as a paper', () => {
    expect(namedAsPaper('備鑑定表正本、診斷證明書', 4, lists)).toBe(true);
    const text = '簽署捐贈同意書等相關文件';
    expect(namedAsPaper(text, endOf(text, '同意書'), lists)).toBe(true);
    expect(namedAsPaper('同意書等資料。', 3, lists)).toBe(true);
  });

  it('not 等 before a longer word (等書面…) or another thing (等候)', () => {
    expect(namedAsPaper('同意書等書面說明', 3, lists)).toBe(false);
    expect(namedAsPaper('申請書等候審核', 3, lists)).toBe(false);
    expect(namedAsPaper('申請書及身分證', 3, lists)).toBe(false);
  });
});

describe('markedObject', () => {
  it('reads a name after an object marker (or its determiner) that a later verb of the sentence acts on, even after a comma', () => {
    const text = '檔案管理單位即將該申請書併同申請審核表,送交承辦單位審核。';
    expect(markedObject(text, text.indexOf('申請書'), endOf(text, '申請書'), lists)).toBe(true);
    expect(markedObject(text, text.indexOf('申請審核表'), endOf(text, '申請審核表'), lists)).toBe(true);
  });

  it('not without a marker, nor when the sentence ends before a verb', () => {
    const plain = '檔案管理單位核對申請審核表,送交承辦單位。';
    expect(markedObject(plain, plain.indexOf('申請審核表'), endOf(plain, '申請審核表'), lists)).toBe(false);
    const ended = '併同申請審核表。另案送交';
    expect(markedObject(ended, 2, 7, lists)).toBe(false);
  });
});
