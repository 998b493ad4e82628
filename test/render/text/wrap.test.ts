import { describe, expect, it } from 'vitest';
import { breakFaults, breakOffsets } from '../../../src/render/text/break-quality.js';
import type { MeasureFont } from '../../../src/render/text/fonts.js';
import { isClosingPunctuation, isOpeningPunctuation, KeepTogether, loadFonts, measureText, segmentText, widestSegment, wrapBalanced, wrapText } from '../../../src/render/text/index.js';

const fonts = loadFonts();
const font = fonts.regular;
const SIZE = 10;

function checkLines(lines: string[], maxWidth: number): void {
  for (const [i, line] of lines.entries()) {
    expect(measureText(font, line, SIZE)).toBeLessThanOrEqual(maxWidth + 1e-9);
    if (i > 0) expect(isClosingPunctuation([...line][0]!), `line ${i} "${line}" starts with closing punctuation`).toBe(false);
    if (i < lines.length - 1) expect(isOpeningPunctuation([...line].at(-1)!), `line ${i} "${line}" ends with opening punctuation`).toBe(false);
  }
}

describe('wrapText', () => {
  it('breaks CJK text between words (by the segmenter) and keeps every line within the width', () => {
    const text = '線上系統受理線上陳情、線上市容查報之人民陳情案件';
    for (let width = 40; width <= 160; width += 5) {
      const lines = wrapText(font, text, SIZE, width);
      expect(lines.join('')).toBe(text);
      checkLines(lines, width);
      expect(breakFaults(text, lines, { fitsOnLine: () => true }).insideWords, `${width}: ${lines.join('/')}`).toEqual([]);
    }
    expect(wrapText(font, text, SIZE, 60).length).toBeGreaterThan(3);
  });

  it('keeps a number with its unit, a chain of them and an ordinal prefix', () => {
    for (const text of ['每年1月底前簽報市長核定', '依第10條規定辦理決標', '系統維護合約2年1簽為原則', '於4月3日及10月3日以前提送', 'Reply within 3 working days of receipt']) {
      for (let width = Math.ceil(widestSegment(font, text, SIZE)); width <= 120; width += 3) {
        const lines = wrapText(font, text, SIZE, width);
        expect(breakFaults(text, lines, { fitsOnLine: () => true }).numberUnit, `${width}: ${lines.join('/')}`).toEqual([]);
        for (const whole of ['1月', '第10條', '2年1簽', '4月3日', '10月3日', '3 working']) if (text.includes(whole) && measureText(font, whole, SIZE) <= width) expect(lines.some((l) => l.includes(whole)), `${whole} at ${width}: ${lines.join('/')}`).toBe(true);
      }
    }
  });

  it('keeps single-character words the dictionary did not know together in pairs (權責, 決標)', () => {
    expect(segmentText('辦理決標').map((s) => s.text)).toContain('決標');
    // A run of three: a one-character word, then a pair (送 權責, 依 限辦).
    expect(segmentText('送權責單位').map((s) => s.text)).toEqual(['送', '權責', '單位']);
    expect(segmentText('是否依限辦日期').map((s) => s.text)).toEqual(['是否', '依', '限辦', '日期']);
  });

  it('never breaks inside a kept phrase; cuts one wider than the line at a word inside it', () => {
    const keep = new KeepTogether(['企劃處綜合規劃科', '施政計畫暨績效評估小組', 'IT Section']);
    for (const text of ['企劃處綜合規劃科於每年1月底前簽報', 'Ask the IT Section to create the account']) {
      for (let width = 80; width <= 200; width += 7) {
        const lines = wrapText(font, text, SIZE, width, keep);
        expect(breakFaults(text, lines, { fitsOnLine: () => true, names: keep }).insideNames, `${width}: ${lines.join('/')}`).toEqual([]);
      }
    }
    expect(wrapText(font, '施政計畫暨績效評估小組', SIZE, 60, keep)).toEqual(['施政計畫暨', '績效評估小組']);
    expect(widestSegment(font, '權責單位', SIZE, new KeepTogether(['權責單位']))).toBeCloseTo(4 * SIZE, 5);
  });

  it('breaks a URL only after / and ?, and a long part after . - _', () => {
    const text = '請至（http://gpmnet.nat.gov.tw/core/feedback_form/list?id=12）查詢';
    for (let width = 60; width <= 200; width += 10) {
      const lines = wrapText(font, text, SIZE, width);
      expect(lines.join('')).toBe(text);
      checkLines(lines, width);
      const url = /http[\x21-\x7e]+/.exec(text)![0];
      for (const at of breakOffsets(text, lines)!) {
        const start = text.indexOf(url);
        if (at > start && at < start + url.length) expect('/.-_?', `${width}: ${lines.join(' | ')}`).toContain(text[at - 1]);
      }
    }
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    // Widths chosen so that a greedy break would fall right before 「，」 or after 「（」.
    const text = '掛號分文，送權責單位（一）處理。再送「企劃處」列管：是否逾期？否！';
    for (let width = 30; width <= 120; width += 1) {
      const lines = wrapText(font, text, SIZE, width);
      expect(lines.join('')).toBe(text);
      checkLines(lines, width);
    }
  });

  it('breaks Latin text only at spaces', () => {
    const text = 'Receive the petition from the online system and log it';
    const lines = wrapText(font, text, SIZE, 80);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) for (const word of line.split(' ')) expect(text.split(' ')).toContain(word);
    checkLines(lines, 80);
  });

  it('keeps numbers and Latin words inside CJK text whole', () => {
    const lines = wrapText(font, '依限辦日期於2024年ISO9001標準處理', SIZE, 45);
    expect(lines.some((l) => l.includes('2024'))).toBe(true);
    expect(lines.some((l) => l.includes('ISO9001'))).toBe(true);
  });

  it('cuts a word wider than the line between letters with a visible hyphen rather than overflow', () => {
    const lines = wrapText(font, 'supercalifragilisticexpialidocious', SIZE, 40);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-'), line).toBe(true);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('supercalifragilisticexpialidocious');
    checkLines(lines, 40);
  });

  it('breaks a hyphenated word after its hyphens, never inside a part', () => {
    const text = 'petition-overdue-tracking';
    const lines = wrapText(font, text, SIZE, measureText(font, 'petition-overdue-', SIZE) + 1);
    expect(lines).toEqual(['petition-overdue-', 'tracking']);
    expect(wrapText(font, text, SIZE, measureText(font, 'overdue-', SIZE) + 1)).toEqual(['petition-', 'overdue-', 'tracking']);
    // Not inside numbers, dates or durations.
    expect(segmentText('05-2167168 2009-07 1-3d').map((s) => s.text)).toEqual(['05-2167168', '2009-07', '1-3d']);
  });

  it('cuts a long word at its underscores or slashes before cutting between letters', () => {
    const lines = wrapText(font, 'overdue_tracking_report', SIZE, measureText(font, 'overdue_tracking_', SIZE) + 1);
    expect(lines).toEqual(['overdue_tracking_', 'report']);
  });

  it('knows the widest piece it never breaks', () => {
    expect(widestSegment(font, 'Send the applicant a link', SIZE)).toBeCloseTo(measureText(font, 'applicant', SIZE), 5);
    expect(widestSegment(font, 'petition-overdue-tracking', SIZE)).toBeCloseTo(Math.max(...['petition-', 'overdue-', 'tracking'].map((w) => measureText(font, w, SIZE))), 5);
    expect(widestSegment(font, '權責單位', SIZE)).toBeCloseTo(2 * SIZE, 5);
  });

  it('keeps explicit line breaks and drops trailing ones', () => {
    expect(wrapText(font, '第一行\n第二行\n', SIZE, 200)).toEqual(['第一行', '第二行']);
  });

  it('glues closing punctuation after a space to the preceding word', () => {
    const segments = segmentText('abc ，def');
    expect(segments.map((s) => s.text)).toEqual(['abc ，', 'def']);
  });
});

describe('the cost of a long word', () => {
  /** A font that counts the characters fontkit lays out (each measurement not yet cached). */
  function countingFont(): { font: MeasureFont; laidOut: () => number } {
    let count = 0;
    const base = loadFonts().regular;
    const counted = Object.create(base.font, { layout: { value: (text: string) => ((count += text.length), base.font.layout(text)) } });
    return { font: { ...base, font: counted, widths: new Map() }, laidOut: () => count };
  }

  it('measures a word cut into many lines in one pass (characters laid out grow linearly)', () => {
    const laid = (length: number) => {
      const { font: counting, laidOut } = countingFont();
      const lines = wrapText(counting, 'a'.repeat(length), SIZE, 60);
      expect(lines.length).toBeGreaterThan(length / 20);
      return laidOut();
    };
    const small = laid(2_000);
    const large = laid(8_000);
    expect(large).toBeLessThan(small * 4 * 1.5);
    expect(large).toBeLessThan(8_000 * 6);
  });
});

describe('wrapBalanced', () => {
  it('uses as few lines as the greedy wrap, and lines of similar length', () => {
    const text = '企劃處判斷是否解除列管並通知權責單位';
    const greedy = wrapText(font, text, SIZE, 150);
    const balanced = wrapBalanced(font, text, SIZE, 150);
    expect(balanced.length).toBe(greedy.length);
    expect(balanced.join('')).toBe(text);
    const widths = balanced.map((l) => measureText(font, l, SIZE));
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(SIZE * 1.01);
  });
});
