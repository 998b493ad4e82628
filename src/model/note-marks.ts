// 註 marks written into text: (註1), （註 3、4）, full-width (註２) and Chinese numerals (註一),
// (註十二). One reader for the note-refs rule and the editor (go to a note and back), so both
// see the same marks, with where each number is written.

import { normalizeNoteRef } from './build.js';

const NUMBER = '(?:[0-9０-９]+|[〇零一二三四五六七八九十]+)';
const MARK = new RegExp(`[(（]\\s*註\\s*(${NUMBER}(?:\\s*[、,，]\\s*${NUMBER})*)\\s*[)）]`, 'g');
const ONE_NUMBER = new RegExp(NUMBER, 'g');
const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** One note number in a mark: the normalised number and where it is written in the text. */
export interface NoteMark {
  note: string;
  /** Offsets of the number itself in the text, end exclusive. */
  start: number;
  end: number;
}

/** 一 → 1, 十二 → 12, 二十 → 20, 二十三 → 23; undefined when the numeral is not one of these. */
function chineseNumber(text: string): number | undefined {
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? CHINESE_DIGITS[text] : undefined;
  const tens = ten === 0 ? 1 : text.length > 1 && ten === 1 ? CHINESE_DIGITS[text[0]!] : undefined;
  const rest = text.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? CHINESE_DIGITS[rest] : undefined;
  return tens === undefined || ones === undefined || text.lastIndexOf('十') !== ten ? undefined : tens * 10 + ones;
}

function normalizeMarkNumber(text: string): string | undefined {
  if (/^[0-9０-９]+$/.test(text)) return normalizeNoteRef(text);
  const value = chineseNumber(text);
  return value === undefined ? undefined : String(value);
}

/** Every note number marked in a text, in order, with its offsets. */
export function noteMarks(text: string): NoteMark[] {
  const found: NoteMark[] = [];
  for (const mark of text.matchAll(MARK)) {
    const listStart = mark.index + mark[0].indexOf(mark[1]!, mark[0].indexOf('註'));
    for (const number of mark[1]!.matchAll(ONE_NUMBER)) {
      const note = normalizeMarkNumber(number[0]);
      if (note !== undefined) found.push({ note, start: listStart + number.index, end: listStart + number.index + number[0].length });
    }
  }
  return found;
}
