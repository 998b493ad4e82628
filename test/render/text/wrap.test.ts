import { describe, expect, it } from 'vitest';
import { isClosingPunctuation, isOpeningPunctuation, loadFonts, measureText, segmentText, widestSegment, wrapBalanced, wrapText } from '../../../src/render/text/index.js';

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
  it('breaks CJK text between any two characters and keeps every line within the width', () => {
    const text = '線上系統受理線上陳情、線上市容查報之人民陳情案件';
    const lines = wrapText(font, text, SIZE, 60);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(3);
    checkLines(lines, 60);
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
    expect(widestSegment(font, '權責單位', SIZE)).toBeCloseTo(SIZE, 5);
  });

  it('keeps explicit line breaks and drops trailing ones', () => {
    expect(wrapText(font, '第一行\n第二行\n', SIZE, 200)).toEqual(['第一行', '第二行']);
  });

  it('glues closing punctuation after a space to the preceding word', () => {
    const segments = segmentText('abc ，def');
    expect(segments.map((s) => s.text)).toEqual(['abc ，', 'def']);
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
