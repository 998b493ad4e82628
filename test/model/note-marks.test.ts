import { describe, expect, it } from 'vitest';
import { noteMarks } from '../../src/model/note-marks.js';

describe('noteMarks', () => {
  it('reads each number of a mark with its offsets', () => {
    const text = '回覆副本送企劃處(註 3、4)';
    const marks = noteMarks(text);
    expect(marks.map((m) => m.note)).toEqual(['3', '4']);
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['3', '4']);
  });

  it('normalises full-width digits, leading zeros and Chinese numerals', () => {
    const text = '甲（註２）乙(註01)丙(註一)丁（註十、十二，二十、二十三）';
    expect(noteMarks(text).map((m) => m.note)).toEqual(['2', '1', '1', '10', '12', '20', '23']);
    expect(noteMarks(text).map((m) => text.slice(m.start, m.end))).toEqual(['２', '01', '一', '十', '十二', '二十', '二十三']);
  });

  it('sees no mark in words with 註 or in brackets without a number', () => {
    expect(noteMarks('於登記表上加以註明（註冊）(註)(註明三份)')).toEqual([]);
  });

  it('skips a numeral that is not a number (十十)', () => {
    expect(noteMarks('(註十十、2)').map((m) => m.note)).toEqual(['2']);
  });
});
