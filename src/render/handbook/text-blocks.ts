// Text of the handbook's sections: single lines, wrapped paragraphs and numbered lists with a
// hanging indent, all measured and wrapped with the renderer's own text module (the real font).
import type { Box, TextItem } from '../scene.js';
import { fontMetrics, measureText, wrapText, type MeasureFont } from '../text/index.js';
import type { PageFlow } from './page-flow.js';

export interface TextStyle {
  font: MeasureFont;
  size: number;
  /** Distance between baselines of consecutive lines. */
  lineHeight: number;
  color: string;
}

export type TextRole = NonNullable<TextItem['role']>;

/** One line of text whose line box starts at `top`: the item and its ink box (ascent to descent). */
export function textLine(text: string, x: number, top: number, style: TextStyle, role: TextRole, anchor: TextItem['anchor'] = 'start'): { item: TextItem; box: Box } {
  const { ascent, descent } = fontMetrics(style.font, style.size);
  const inkTop = top + (style.lineHeight - ascent - descent) / 2;
  const width = measureText(style.font, text, style.size);
  const item: TextItem = {
    kind: 'text',
    text,
    x,
    y: inkTop + ascent,
    anchor,
    size: style.size,
    weight: style.font.weight,
    color: style.color,
    width,
    role,
  };
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  return { item, box: { x: left, y: inkTop, width, height: ascent + descent } };
}

/** Adds one line at the cursor (on a new page if it does not fit) and moves the cursor below it. */
export function addLine(flow: PageFlow, text: string, x: number, style: TextStyle, role: TextRole): void {
  flow.ensure(style.lineHeight);
  if (text.length > 0) {
    const { item, box } = textLine(text, x, flow.y, style, role);
    flow.add(item, box);
  }
  flow.y += style.lineHeight;
}

/** Adds wrapped text, line by line (a page break may fall between any two lines). */
export function addParagraph(flow: PageFlow, text: string, x: number, width: number, style: TextStyle, role: TextRole): void {
  for (const line of wrapText(style.font, text, style.size, width)) addLine(flow, line, x, style, role);
}

export interface ListEntry {
  /** The item's mark, e.g. （一）, (1), 註1： — printed before the first line. */
  label: string;
  text: string;
}

/**
 * A list with a hanging indent: marks at `x`, every line of the text at `x` + the widest mark,
 * so the items' texts align. The first two lines of an item are kept together when possible.
 */
export function addList(flow: PageFlow, entries: readonly ListEntry[], x: number, width: number, style: TextStyle, role: TextRole, gap = 0): void {
  const indent = Math.max(0, ...entries.map((e) => measureText(style.font, e.label, style.size)));
  const textWidth = Math.max(width - indent, style.size * 2);
  entries.forEach((entry, index) => {
    if (index > 0) flow.space(gap);
    const lines = wrapText(style.font, entry.text, style.size, textWidth);
    flow.ensure(style.lineHeight * Math.min(lines.length, 2));
    lines.forEach((line, i) => {
      if (i === 1) flow.keepWithNext(); // an item's first two lines stay together
      flow.ensure(style.lineHeight);
      if (i === 0 && entry.label) {
        const mark = textLine(entry.label, x, flow.y, style, role);
        flow.add(mark.item, mark.box);
      }
      if (line.length > 0) {
        const t = textLine(line, x + indent, flow.y, style, role);
        flow.add(t.item, t.box);
      }
      flow.y += style.lineHeight;
    });
  });
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五 (as item numbers are read). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = '';
  if (thousands) out += `${DIGITS[thousands]}千`;
  if (hundreds) out += `${DIGITS[hundreds]}百`;
  else if (thousands && (tens || ones)) out += '零';
  if (tens) out += n < 20 ? '十' : `${DIGITS[tens]}十`;
  else if ((thousands || hundreds) && ones) out += out.endsWith('零') ? '' : '零';
  if (ones) out += DIGITS[ones];
  return out;
}
