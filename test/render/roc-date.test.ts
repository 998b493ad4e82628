import { describe, expect, it } from 'vitest';
import { formatDate, formatEstablishedRevised, parseIsoDate, rocYear, toEnglishDate, toRocDate } from '../../src/render/roc-date.js';

describe('roc-date', () => {
  it('prints 民國 year and month', () => {
    expect(toRocDate('2009-07')).toBe('98年7月');
    expect(toRocDate('2010-03')).toBe('99年3月');
    expect(toRocDate('2024-12')).toBe('113年12月');
  });

  it('prints the day when given', () => {
    expect(toRocDate('2009-07-01')).toBe('98年7月1日');
    expect(toRocDate('2011-01-31')).toBe('100年1月31日');
  });

  it('handles the first 民國 year and earlier years', () => {
    expect(rocYear(1912)).toBe('1年');
    expect(rocYear(1911)).toBe('民國前1年');
  });

  it('keeps Gregorian dates in English', () => {
    expect(toEnglishDate('2009-07')).toBe('July 2009');
    expect(toEnglishDate('2009-07-01')).toBe('July 1, 2009');
    expect(formatDate('2009-07', 'en')).toBe('July 2009');
    expect(formatDate('2009-07', 'zh-TW')).toBe('98年7月');
  });

  it('returns text that is no date as written', () => {
    expect(parseIsoDate('2009-13')).toBeUndefined();
    expect(parseIsoDate('2009-02-30')).toBeUndefined();
    expect(parseIsoDate('2012-02-29')).toEqual({ year: 2012, month: 2, day: 29 });
    expect(toRocDate('民國98年')).toBe('民國98年');
    expect(toEnglishDate('soon')).toBe('soon');
  });

  it('joins established and revision dates for the header table', () => {
    expect(formatEstablishedRevised('2009-07', ['2010-03'], 'zh-TW')).toBe('98年7月訂定、99年3月修訂');
    expect(formatEstablishedRevised('2009-07', [], 'zh-TW')).toBe('98年7月訂定');
    expect(formatEstablishedRevised(undefined, ['2010-03-05'], 'zh-TW')).toBe('99年3月5日修訂');
    expect(formatEstablishedRevised(undefined, [], 'zh-TW')).toBe('');
    expect(formatEstablishedRevised('2009-07', ['2010-03', '2011-05'], 'en')).toBe('Established July 2009; revised March 2010, May 2011');
    expect(formatEstablishedRevised(undefined, ['2010-03'], 'en')).toBe('Revised March 2010');
  });
});
